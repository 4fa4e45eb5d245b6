package io.backstop.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message without what it quotes: the writer's own words. A quote is someone else's words, or the writer's own
 * from before: a phrase in it says nothing of this message (a manager's "> Вы получили макет?" promises nothing; a
 * client's "> Сколько можно?" under "Всё получили, спасибо" complains of nothing).
 *
 * <p>Cut are Jira's {@code {quote}} (and {@code {code}}, {@code {noformat}}) blocks; an earlier letter quoted
 * under the message, from its header to the end ("-----Original Message-----", "On Mon, 2 Nov 2026 at 10:14, Anna
 * &lt;anna@studio.ru&gt; wrote:", "02.11.2026 10:14, Анна пишет:", "пн, 2 нояб. 2026 г. в 10:14, Анна
 * &lt;anna@studio.ru&gt;:", an Outlook "From: ... Sent: ..." block); lines starting with {@code >} or Jira's
 * {@code bq.}; and spans within one line in paired quotation marks ({@code «»}, {@code „“}, {@code “”},
 * {@code "..."}), which hold names and others' words: "раздел «Жалобы и предложения»".
 */
public final class Quotes {

    /** Jira's quote, code and noformat blocks: someone's words, or a log, never the writer's own. */
    private static final Pattern JIRA_BLOCK = Pattern.compile(
            "(?is)\\{(quote|code|noformat)(:[^}]*)?}.*?(\\{\\1}|\\z)");
    /**
     * The header of an earlier letter quoted below the message. A "wrote:" line must carry a digit or an address
     * (a date, a time, an e-mail): "As I wrote:" in the writer's own words is no header.
     */
    private static final Pattern EARLIER_LETTER = Pattern.compile("(?imu)^[ \\t]*(?:"
            + "-{2,}[ \\t]*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение)[^\\n]*"
            + "|begin forwarded message:"
            + "|(?=[^\\n]*[0-9@])[^\\n]{0,300}(?:wrote|пишет|писал|писала|написал|написала|писал\\(а\\)"
            + "|написал\\(а\\)):[ \\t]*$"
            + "|[^\\n]{0,300}<[^<>@\\s]+@[^<>\\s]+>:[ \\t]*$"
            + "|(?:from|от):[^\\n]*\\n[ \\t]*(?:sent|date|to|subject|отправлено|дата|кому|тема):"
            + ")");
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*(>|bq\\.).*$");
    private static final Pattern QUOTED_SPAN = Pattern.compile("«[^»\\n]*»|„[^“”\\n]*[“”]|“[^”\\n]*”|\"[^\"\\n]*\"");

    private Quotes() {
    }

    /** The writer's own words in {@code text}, as written (case and punctuation kept); quotes become blanks. */
    public static String cut(String text) {
        String own = JIRA_BLOCK.matcher(text).replaceAll(" ");
        Matcher earlier = EARLIER_LETTER.matcher(own);
        if (earlier.find()) {
            own = own.substring(0, earlier.start());
        }
        own = QUOTED_LINE.matcher(own).replaceAll("");
        return QUOTED_SPAN.matcher(own).replaceAll(" ");
    }
}
