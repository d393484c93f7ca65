package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * The interface in the six official languages: chosen with {@code ?lang=}, remembered, else the account's
 * language, else the browser's preference; Arabic pages right-to-left; a language the interface does not have
 * is never chosen.
 */
class SixLanguagesPageTest extends PlenaryTest {

    @Test
    void anArabicPageIsRightToLeftAndInArabicWithTheSixLanguagesOffered() {
        String page = WebSession.anonymous(port).get("/login?lang=ar").body();

        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">").contains("<h1>تسجيل الدخول</h1>")
                .contains("اسم المستخدم").doesNotContain("Username");
        assertThat(page).contains(">العربية</option>", ">中文</option>", ">English</option>", ">Français</option>",
                ">Русский</option>", ">Español</option>");
    }

    @Test
    void chineseAndRussianPagesAreInTheirLanguagesFromLeftToRight() {
        assertThat(WebSession.anonymous(port).get("/login?lang=zh").body())
                .contains("<html lang=\"zh\" dir=\"ltr\">").contains("<h1>登录</h1>").contains("用户名");
        assertThat(WebSession.anonymous(port).get("/login?lang=ru").body())
                .contains("<html lang=\"ru\" dir=\"ltr\">").contains("<h1>Вход</h1>").contains("Имя пользователя");
    }

    @Test
    void theChosenLanguageIsRememberedAndALanguageTheInterfaceDoesNotHaveChangesNothing() {
        WebSession browser = WebSession.anonymous(port);
        browser.get("/login?lang=ru");

        assertThat(browser.get("/login").body()).contains("<html lang=\"ru\" dir=\"ltr\">");
        assertThat(browser.get("/login?lang=de").body()).contains("<html lang=\"ru\" dir=\"ltr\">");
        assertThat(WebSession.anonymous(port).get("/login?lang=de").body()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void theBrowsersFirstPreferenceThatTheInterfaceHasDecides() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).header("Accept-Language", "de-CH, zh-CN;q=0.8, en;q=0.5")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("<html lang=\"zh\" dir=\"ltr\">").contains("<h1>登录</h1>");
    }

    @Test
    void anAccountWhoseLanguageIsArabicReadsItsPagesInArabicUnlessItChoosesAnother() {
        Api admin = admin();
        String username = Fixtures.unique("user").toLowerCase();
        Map<String, Object> body = new HashMap<>(Fixtures.newUser(username));
        body.put("language", "ar");
        Api.Response created = admin.post("/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("language").asString()).isEqualTo("ar");

        WebSession session = WebSession.signIn(port, username, Fixtures.PASSWORD);

        assertThat(session.get("/").body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("حسابي");
        assertThat(session.get("/?lang=fr").body()).contains("<html lang=\"fr\" dir=\"ltr\">");
    }

    @Test
    void anAdministratorGivesANewAccountItsLanguageOnThePage() {
        WebSession administrator = WebSession.signIn(port, "admin", ADMIN_PASSWORD);
        assertThat(administrator.get("/admin/accounts").body()).contains("id=\"account-language\"")
                .contains("<option value=\"zh\" lang=\"zh\">中文</option>");
        String username = Fixtures.unique("user").toLowerCase();

        HttpResponse<String> created = administrator.post("/admin/accounts", Map.of("username", username,
                "password", Fixtures.PASSWORD, "displayName", "王芳", "email", username + "@example.org",
                "participant", "", "language", "zh"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin().get("/users").json().valueStream().filter(a -> a.get("username").asString().equals(username))
                .map(a -> a.get("language").asString()).toList()).containsExactly("zh");
    }

    @Test
    void anAccountInALanguageTheInterfaceDoesNotHaveIsRefusedAndNotCreated() {
        Api admin = admin();
        String username = Fixtures.unique("user").toLowerCase();
        Map<String, Object> body = new HashMap<>(Fixtures.newUser(username));
        body.put("language", "de");

        Api.Response refused = admin.post("/users", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text()).contains("ar, zh, en, fr, ru, es");
        assertThat(admin.get("/users").text()).doesNotContain(username);
    }
}
