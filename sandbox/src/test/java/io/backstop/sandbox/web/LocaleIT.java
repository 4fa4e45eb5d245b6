package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A browser that asks for Russian gets the screens in Russian, dates and durations formatted the Russian way;
 * {@code ?lang=} switches the language and the choice is remembered.
 */
class LocaleIT extends BrowserPages {


    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:02");
        department.issue("WEB-1", "ivanova", "ООО «Ромашка»", "Где мой заказ?");
        department.clockTo("2026-11-02T11:10");
        browser = Browser.start(department.base(), profile, "ru-RU,ru");
    }

    private static List<String> headers() {
        return browser.findAll("#backstop-queue-table th").stream().map(WebElement::getText).collect(Collectors.toList());
    }

    @Test
    void theRussianBrowserGetsRussianScreens() {
        browser.open("/");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.find("#login-submit").getText()).isEqualTo("Войти");
        assertThat(browser.find("label[for='login-user']").getText()).isEqualTo("Имя пользователя");
        browser.login("operator");
        assertThat(browser.find("#current-user").getText()).isEqualTo("Вы вошли как operator");

        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        assertThat(browser.find("#backstop-queue h1").getText()).isEqualTo("Очередь оператора");
        assertThat(headers()).containsExactly("Задача", "Клиент", "Менеджер", "Исполнитель", "Ждёт с", "Срок", "Осталось",
                "Состояние", "Действие");
        WebElement row = browser.find("#backstop-queue-rows tr");
        assertThat(row.findElement(By.cssSelector(".backstop-client")).getText()).isEqualTo("ООО «Ромашка»");
        assertThat(row.findElement(By.cssSelector(".backstop-state")).getText()).isEqualToIgnoringCase("Норматив нарушен");
        assertThat(row.findElement(By.cssSelector(".backstop-left")).getText()).isEqualTo("просрочено на 8 мин");
        assertThat(row.getText()).contains("2 нояб. 2026 г., 10:02").contains("1 час назад");

        browser.open("/plugins/servlet/backstop/issue?key=WEB-1");
        browser.waitReady("backstop-panel");
        assertThat(browser.find(".backstop-issue-side .backstop-panel-title").getText()).isEqualTo("Норматив ответа");
        assertThat(browser.findAll("#backstop-panel-timeline .backstop-event-what").get(2).getText())
                .isEqualTo("Передано от ivanova к operator: ответ просрочен");
        assertThat(browser.find("#sandbox-issue-summary").getText()).isEqualTo("Где мой заказ?");
    }

    @Test
    void langSwitchesTheLanguageAndIsRemembered() {
        browser.login("admin");
        browser.open("/plugins/servlet/backstop/admin");
        browser.waitReady("backstop-settings");
        assertThat(browser.find("#backstop-settings-save").getText()).isEqualTo("Сохранить");
        assertThat(browser.find("label[for='backstop-week-MON']").getText()).isEqualTo("Понедельник");

        browser.find("#lang-en").click();
        browser.waitReady("backstop-settings");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/plugins/servlet/backstop/admin?lang=en");
        assertThat(browser.find("#backstop-settings-save").getText()).isEqualTo("Save");
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        assertThat(browser.find("#backstop-queue h1").getText()).as("remembered").isEqualTo("Operator's queue");

        browser.open("/?lang=ru");
        assertThat(browser.find("#home-queue").getText()).isEqualTo("Очередь оператора");
    }
}
