package io.backstop.sandbox.demo;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What clients and staff write: short, as an agency's clients do; in English here ({@link #ENGLISH}), in Russian in
 * {@link DemoTextsRu}. Both have the same topics in the same order, so a seed gives the same story in either.
 */
final class DemoTexts {

    /**
     * A kind of request: its summary, the client's first message and the first staff answer.
     *
     * @param service the service it is about; null for reports and complaints
     */
    record Topic(DemoService service, String summary, String description, String reply) {
    }

    private static final List<Topic> REQUESTS = List.of(
            new Topic(DemoService.SITE_SUPPORT, "Please change the phone number in the header",
                    "We have a new phone number: +7 495 123-45-67. Please put it in the header and on the Contacts page.",
                    "We have changed the number in the header and on the Contacts page, please check."),
            new Topic(DemoService.SITE_SUPPORT, "Add the new price list to the site",
                    "Attaching the new price list, valid from the 1st. Please replace the old one.",
                    "The new price list is on the site. The old file is removed."),
            new Topic(DemoService.SITE_SUPPORT, "Replace the photos in the gallery",
                    "We have new photos of the showroom, the link is below. Please replace the gallery.",
                    "Done, the gallery now has the new photos. We cropped two of them to fit."),
            new Topic(DemoService.SITE_SUPPORT, "The contact form does not send emails",
                    "Clients say they fill in the form but we get nothing. Since Monday, I think.",
                    "The mail server rejected the form's letters; we have fixed the settings. Please try the form."),
            new Topic(DemoService.SITE_SUPPORT, "Please publish our news about the new branch",
                    "We open a second branch next week. Text and photo attached, please publish on the main page.",
                    "The news is on the main page. It will stay in the slider for two weeks."),
            new Topic(DemoService.SITE_SUPPORT, "Update the opening hours for the holidays",
                    "On the holidays we work 10:00 to 16:00. Please show it on the site.",
                    "The holiday hours are on the site, in the header and on the Contacts page."),
            new Topic(DemoService.SITE_SUPPORT, "Add a banner about the sale",
                    "We start a sale on Friday, minus 20% on everything. Can you make a banner for the main page?",
                    "A banner is 1 hour of design, 1,500 roubles. Shall we go ahead? We can have it on Thursday."),
            new Topic(DemoService.SITE_SUPPORT, "Broken link on the Delivery page",
                    "The link to the delivery terms gives a 404 error.",
                    "Fixed, the link leads to the delivery terms again."),
            new Topic(DemoService.SITE_SUPPORT, "Please add a vacancy to the Careers page",
                    "We are hiring a sales assistant. Text attached.",
                    "The vacancy is published. Shall we also post it to the social networks?"),
            new Topic(DemoService.SITE_SUPPORT, "The site is slow on phones",
                    "Our director says the site opens very slowly on his phone.",
                    "The big photos on the main page slowed it down; we compressed them. It loads in 2 seconds now."),
            new Topic(DemoService.SEO, "Why is the SEO report showing fewer visits?",
                    "The report says 20% fewer visits than last month. What happened?",
                    "The drop is seasonal: the whole topic fell in Yandex Wordstat this month. Positions are stable."),
            new Topic(DemoService.SEO, "Our site dropped in Yandex for the main query",
                    "We used to be in the top 5 for our main query, now we are on the second page.",
                    "Yandex updated its ranking on Tuesday; we are checking the pages and will send a plan by Friday."),
            new Topic(DemoService.SEO, "Which keywords are you promoting now?",
                    "Please send the list of queries you are working on.",
                    "Attached is the list of 120 queries with their current positions."),
            new Topic(DemoService.SEO, "Please add the new service pages to promotion",
                    "We added three new services to the site. Can they be promoted too?",
                    "Yes, that is 3 pages for about 6,000 roubles a month more. Shall we prepare the texts?"),
            new Topic(DemoService.SEO, "A competitor is above us in search",
                    "Our competitor is now first for our city. What can we do?",
                    "They added reviews and prices to their pages. We suggest doing the same; details attached."),
            new Topic(DemoService.YANDEX_DIRECT, "Ads stopped showing since yesterday",
                    "I can't find our ads in Yandex since yesterday evening.",
                    "The budget ran out yesterday at 18:00. Please pay the invoice and the ads start again."),
            new Topic(DemoService.YANDEX_DIRECT, "Please top up the Yandex.Direct budget",
                    "We want to add 30,000 roubles to the ads budget for this month.",
                    "The invoice for 30,000 roubles is attached; the budget is added the day it is paid."),
            new Topic(DemoService.YANDEX_DIRECT, "Pause the ads for the weekend",
                    "We are closed on Saturday and Sunday, please stop the ads.",
                    "The ads are paused from Friday 18:00 to Monday 08:00."),
            new Topic(DemoService.YANDEX_DIRECT, "Many clicks but no calls",
                    "The report shows 400 clicks but we got maybe ten calls. Why?",
                    "Most clicks come from one query that is too wide; we have removed it and added minus words."),
            new Topic(DemoService.YANDEX_DIRECT, "Launch ads for the new product line",
                    "We have a new line of products from next month. Can we start ads for it?",
                    "Yes. Setting up a campaign is 5,000 roubles; we need the prices and photos by Wednesday."),
            new Topic(DemoService.DEVELOPMENT, "When will the online catalogue be ready?",
                    "The catalogue was promised for this month. What is the status?",
                    "The catalogue is in testing; we show it to you on Thursday and go live next week."),
            new Topic(DemoService.DEVELOPMENT, "Can you add online payment to the site?",
                    "Clients ask to pay by card on the site. How much would it cost?",
                    "Payment by card through the bank's gateway is about 25,000 roubles and two weeks of work."),
            new Topic(DemoService.DEVELOPMENT, "Estimate for a price calculator",
                    "We want a calculator on the site: the client enters sizes and sees the price.",
                    "A calculator like that is 16 hours of work, 24,000 roubles. The estimate is attached."),
            new Topic(DemoService.DEVELOPMENT, "The mock-ups need other colours",
                    "We looked at the mock-ups: the director wants our corporate blue, not green.",
                    "We will redo the mock-ups in your blue and send them on Monday."),
            new Topic(DemoService.HOSTING, "The site is down, error 502",
                    "The site shows error 502 since this morning!",
                    "The server was overloaded; we restarted it and the site works. We are watching it."),
            new Topic(DemoService.HOSTING, "The browser says the certificate has expired",
                    "Chrome warns that our site is not secure.",
                    "The SSL certificate is renewed; the warning is gone."),
            new Topic(DemoService.HOSTING, "Mail on our domain does not work",
                    "We cannot receive email at info@ since yesterday.",
                    "The mailbox was full; we cleaned it and raised the limit. Mail comes in again."),
            new Topic(DemoService.HOSTING, "Please renew the domain",
                    "We got a letter that our domain expires next month.",
                    "The domain renewal is 1,200 roubles; the invoice is attached. We renew it when it is paid."));

    private static final List<Topic> REPORTS = List.of(
            new Topic(null, "Questions about the %s report",
                    "We have read the report and have questions about several items, see below.",
                    "Thank you for the questions; the answers are point by point below."),
            new Topic(null, "What is 'content updates 1.5 h' in the %s report?",
                    "The report has 'content updates 1.5 h'. Which updates are these?",
                    "These are the price list update and the two news items you sent, 30 minutes each."),
            new Topic(null, "Please send the act and the report for %s",
                    "Our accountant needs the act and the report for last month.",
                    "The act and the report are attached; the originals go by post."),
            new Topic(null, "The %s report does not list the banner",
                    "We ordered a banner last month but it is not in the report.",
                    "The banner was done on the 1st, so it is in this month's report."),
            new Topic(null, "Why is the bill higher in %s?",
                    "The support bill is higher than usual. Why?",
                    "There were 4 extra hours for the new section you ordered; the details are in the report."),
            new Topic(null, "Yandex.Direct report for %s: cost per click went up",
                    "The cost per click grew by a third. Is that normal?",
                    "Competitors raised their bids in the season. We have moved part of the budget to cheaper queries."));

    private static final List<Topic> COMPLAINTS = List.of(
            new Topic(null, "Nobody answers my messages",
                    "I have written three times this week and got no answer. Is anyone working on our site?",
                    "Please accept our apologies. I have looked into it; your requests are done today."),
            new Topic(null, "The price list is still the old one after a week",
                    "I sent the new prices a week ago and the site still shows the old ones. Clients complain.",
                    "I apologise for the delay. The new prices are on the site now; we will watch such requests."),
            new Topic(null, "The site was down all morning and nobody called",
                    "Our site did not work all morning, we lost orders, and nobody told us.",
                    "I am very sorry. The cause is found and fixed; we will call you at once if it happens again."),
            new Topic(null, "We were billed twice for hosting",
                    "We got two invoices for hosting for the same month.",
                    "You are right, the second invoice was a mistake and is cancelled. Sorry for the trouble."),
            new Topic(null, "Unhappy with the promotion results",
                    "Six months of SEO and we see no more calls. We are thinking of going to another agency.",
                    "I understand. Let us meet this week: I will show what has been done and what we change."));

    /**
     * The answers the department has already put into its library, with their tags: the requests asked most in a
     * support department. The other topics recur without an entry, so "answers the library is missing" lists them.
     */
    private static final Map<Topic, List<String>> IN_LIBRARY = Map.of(
            REQUESTS.get(0), List.of("contacts", "header"),
            REQUESTS.get(1), List.of("price list"),
            REQUESTS.get(3), List.of("contact form", "email"),
            REQUESTS.get(10), List.of("seo report", "seasonality"),
            REQUESTS.get(14), List.of("domain", "invoice"),
            REPORTS.get(2), List.of("act", "accounting"),
            REPORTS.get(5), List.of("direct", "cost per click"));

    private static final List<String> NUDGES = List.of(
            "Any news on this?",
            "Hello? Still waiting for an answer.",
            "Please reply today, it is urgent for us.",
            "I called the office, nobody picked up. Please write back.",
            "Adding a screenshot, see the attachment.",
            "Also, the same thing happens on the phone.",
            "Is anyone there? I wrote yesterday.");

    private static final List<String> FOLLOW_UPS = List.of(
            "Thanks! One more thing: can you also update the footer?",
            "Checked, it still shows the old version.",
            "How much will it cost and when will it be ready?",
            "Agreed, please go ahead.",
            "Can it be done by Friday?",
            "Sorry, which invoice do you mean?",
            "Ok. And what about the second point of my letter?",
            "Thank you. Please send the invoice to our accountant.",
            "The director wants to discuss it. Can you call me tomorrow?",
            "Not quite what we meant, see the screenshot.");

    private static final List<String> LATER_REPLIES = List.of(
            "Noted, we will do it today.",
            "Yes, it will be ready by Friday.",
            "The invoice is sent to your accountant.",
            "I will call you tomorrow morning.",
            "We have corrected it, please check again.",
            "The cost is 1,500 roubles, the work takes one day. Shall we start?",
            "Thank you, we have started the work.");

    /**
     * How staff introduce themselves when they answer for someone: {@code %1$s} is who answers, {@code %2$s} the
     * owner they answer for; the greetings are a morning's, an afternoon's and an evening's.
     */
    record Voice(List<String> greetings, String sorry, String head, String director, String operator, String office,
                 String covering, String helping) {
    }

    static final DemoTexts ENGLISH = new DemoTexts(DemoLanguage.EN, REQUESTS, REPORTS, COMPLAINTS, IN_LIBRARY,
            NUDGES, FOLLOW_UPS, LATER_REPLIES, new Voice(List.of("Good morning!", "Good afternoon!", "Good evening!"),
            " Sorry for the delay.", " This is %1$s, head of client support.",
            " This is %1$s, director; I am answering for %2$s.",
            " This is %1$s, duty manager; I am answering for %2$s.",
            " This is %1$s from the office, answering for %2$s.",
            " I am covering for %2$s while she is away.", " I am helping %2$s with this."));

    final DemoLanguage language;
    final List<Topic> requests;
    final List<Topic> reports;
    final List<Topic> complaints;
    /** The answers already in the library and their tags (see {@code IN_LIBRARY}). */
    final Map<Topic, List<String>> inLibrary;
    private final List<String> nudges;
    private final List<String> followUps;
    private final List<String> laterReplies;
    final Voice voice;

    DemoTexts(DemoLanguage language, List<Topic> requests, List<Topic> reports, List<Topic> complaints,
              Map<Topic, List<String>> inLibrary, List<String> nudges, List<String> followUps,
              List<String> laterReplies, Voice voice) {
        this.language = language;
        this.requests = requests;
        this.reports = reports;
        this.complaints = complaints;
        this.inLibrary = inLibrary;
        this.nudges = nudges;
        this.followUps = followUps;
        this.laterReplies = laterReplies;
        this.voice = voice;
    }

    static DemoTexts of(DemoLanguage language) {
        return language == DemoLanguage.RU ? DemoTextsRu.TEXTS : ENGLISH;
    }

    String nudge(Random random) {
        return pick(nudges, random);
    }

    String followUp(Random random) {
        return pick(followUps, random);
    }

    String laterReply(Random random) {
        return pick(laterReplies, random);
    }

    /** The text with last month's name for its {@code %s} ("October"; in Russian the nominative "октябрь"). */
    String withMonth(String text, LocalDate created) {
        return text.contains("%s")
                ? String.format(Locale.ROOT, text, created.minusMonths(1).getMonth()
                        .getDisplayName(language == DemoLanguage.RU ? TextStyle.FULL_STANDALONE : TextStyle.FULL,
                                language.locale()))
                : text;
    }

    String greeting(int localHour) {
        return voice.greetings().get(localHour < 12 ? 0 : localHour < 17 ? 1 : 2);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
