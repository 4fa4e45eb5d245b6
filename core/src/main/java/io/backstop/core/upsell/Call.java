package io.backstop.core.upsell;

import java.time.LocalDate;

/** A client to call in a campaign, with their latest order of the campaign's service. */
public record Call(String client, LocalDate lastOrderedOn) {
}
