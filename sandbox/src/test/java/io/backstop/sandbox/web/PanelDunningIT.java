package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 4, by clicking, in English and in Russian: the issue panel's dunning form shows the client's value
 * and when the head comes in, each step's script, and the debt guard's refusals before anything is sent: a hard step
 * against a client with nothing overdue, a second call sooner than two working days (naming when it is allowed).
 *
 * <p>On Monday 2 November 2026 (4 November a holiday): Kashtan (ivanova's) owes 50 000 roubles not yet due;
 * Oduvanchik (ivanova's) owes 300 000, 48 days overdue, a new client of low value; Podsolnukh (ivanova's), with the
 * agency since June 2023, always paid on time, owes 300 000 10 days overdue: a client of high value (0.85), the
 * head's from day 8.
 */
class PanelDunningIT extends PanelActionsPages {

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-11", "ivanova", "Kashtan", "Where is my order?");
        department.issue("WEB-12", "ivanova", "Oduvanchik", "Where is my order?");
        department.issue("WEB-13", "ivanova", "Podsolnukh", "Где счёт?");
        invoice("KA-1", "Kashtan", 5_000_000, "2026-10-25", "2026-11-10");
        invoice("OD-1", "Oduvanchik", 30_000_000, "2026-09-01", "2026-09-15");
        invoice("PO-0", "Podsolnukh", 30_000_000, "2023-06-01", "2023-06-15");
        post("office", "results/payments", Map.of("receivable", "PO-0", "amountKopecks", 30_000_000,
                "paidOn", "2023-06-10"));
        invoice("PO-1", "Podsolnukh", 60_000_000, "2026-03-01", "2026-03-15");
        post("office", "results/payments", Map.of("receivable", "PO-1", "amountKopecks", 60_000_000,
                "paidOn", "2026-03-14"));
        invoice("PO-2", "Podsolnukh", 30_000_000, "2026-10-13", "2026-10-23");
        department.clockTo("2026-11-02T10:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void invoice(String id, String client, long kopecks, String issued, String due) {
        post("office", "results/receivables", Map.of("id", id, "client", client, "manager", "ivanova",
                "service", "site-support", "amountKopecks", kopecks, "issuedOn", issued, "dueOn", due));
    }

    /** Text as read, the spaces Intl puts in money, numbers and dates made plain. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static List<String> options() {
        List<String> options = new ArrayList<>();
        browser.findAll("#backstop-act-dunning-action option").forEach(o -> options.add(o.getText()));
        return options;
    }

    private static List<String> steps(String client) {
        List<String> steps = new ArrayList<>();
        rest("head", "results/dunning?from=2026-11-01&to=2026-11-30").path("steps").forEach(step -> {
            if (step.path("client").asText().equals(client)) {
                steps.add(step.path("action").asText() + " " + step.path("status").asText());
            }
        });
        return steps;
    }

    @Test
    void theLawyersAgainstAClientWithNothingOverdueAreRefusedBeforeAnythingIsSent() {
        browser.login("ivanova");
        openIssue("WEB-11", "en");
        action("dunning");
        assertThat(options()).containsExactly("Choose a step…", "reminder", "call", "claim letter (not now)",
                "suspend work (not now)", "to the lawyers (not now)");

        choose("backstop-act-dunning-action", "to the lawyers (not now)");
        assertThat(browser.find("#backstop-act-dunning-refused").getText())
                .isEqualTo("Not allowed: “to the lawyers” is a hard step, and the client has nothing overdue.");
        assertThat(browser.find("#backstop-act-dunning-script").getText()).contains("Hand the case to the lawyers");
        assertThat(send("dunning")).isEqualTo("Not taken: see the reason above.");
        assertThat(errorAt("backstop-act-dunning-action"))
                .isEqualTo("Not allowed: “to the lawyers” is a hard step, and the client has nothing overdue.");
        assertThat(steps("Kashtan")).isEmpty();
        // and the server refuses it the same way when asked directly
        var refused = department.client.post("ivanova", REST + "results/dunning", Map.of("client", "Kashtan",
                "action", "LEGAL"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("field").asText()).isEqualTo("action");
    }

    @Test
    void aSecondCallTheSameDayIsRefusedNamingWhenTheNextIsAllowed() {
        browser.login("ivanova");
        openIssue("WEB-12", "en");
        action("dunning");
        assertThat(plain(browser.find("#backstop-act-dunning-value").getText()))
                .isEqualTo("Client value: low, 0.161; with us 2 months. The head comes in from day 31 overdue.");
        choose("backstop-act-dunning-action", "call");
        assertThat(plain(browser.find("#backstop-act-dunning-script").getText()))
                .contains("“We have RUB 300,000 unpaid, the oldest invoice 48 days past due.”");
        assertThat(send("dunning")).isEqualTo("Step taken: call for Oduvanchik.");

        assertThat(options()).contains("reminder (not now)", "call (not now)");
        choose("backstop-act-dunning-action", "call (not now)");
        // Monday's call: Tuesday is one working day, Wednesday a holiday, Thursday the second
        assertThat(plain(browser.find("#backstop-act-dunning-refused").getText()))
                .startsWith("Too soon: the client was reminded or called lately. The next reminder or call is allowed"
                        + " from Nov 5, 2026").contains("9:00");
        assertThat(send("dunning")).isEqualTo("Not taken: see the reason above.");
        assertThat(steps("Oduvanchik")).containsExactly("CALL TAKEN");
        var refused = department.client.post("ivanova", REST + "results/dunning", Map.of("client", "Oduvanchik",
                "action", "CALL"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").asText()).contains("the next is allowed from 2026-11-05 09:00");
    }

    @Test
    void inRussianAValuableClientIsTheHeadsOnDayTenAndTheHeadsSecondStepWaitsToo() {
        browser.login("head");
        openIssue("WEB-13", "ru");
        action("dunning");
        assertThat(plain(browser.find("#backstop-act-dunning-debt").getText())).isEqualTo("Должен 300 000 ₽, из них"
                + " просрочено 300 000 ₽ (самый старый счёт — 10 дн.). По лестнице эскалации: занимается руководитель отдела.");
        assertThat(plain(browser.find("#backstop-act-dunning-value").getText())).isEqualTo("Ценность клиента:"
                + " высокая, 0,85; с нами 41 мес. Руководитель подключается с 8-го дня просрочки.");

        choose("backstop-act-dunning-action", "напоминание");
        assertThat(plain(browser.find("#backstop-act-dunning-script").getText())).startsWith("Речевой модуль\n"
                + "Вежливое письмо или сообщение:\n«Добрый день! Это head, отдел сопровождения. По нашим данным, у"
                + " Podsolnukh не оплачено 300 000 ₽ (просрочка 10 дн.).");
        assertThat(send("dunning")).isEqualTo("Шаг выполнен: напоминание, клиент Podsolnukh.");

        choose("backstop-act-dunning-action", "звонок (сейчас нельзя)");
        assertThat(plain(browser.find("#backstop-act-dunning-refused").getText())).startsWith("Слишком рано: клиенту"
                + " недавно напоминали или звонили. Следующее напоминание или звонок — не раньше").contains("5 нояб");
        assertThat(send("dunning")).isEqualTo("Шаг не сделан: причина указана выше.");
        assertThat(steps("Podsolnukh")).containsExactly("REMINDER TAKEN");
    }
}
