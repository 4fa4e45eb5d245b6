package io.backstop.app.results.complaints;

import io.backstop.core.complaint.Complaint;

/** A complaint as stored; its id is the row id as text. */
public record StoredComplaint(int id, Complaint complaint) {
}
