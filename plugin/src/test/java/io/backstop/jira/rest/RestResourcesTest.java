package io.backstop.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.Backstop;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every resource of the app is served by Jira's REST module through exactly one class of the plugin's REST
 * package: same path, a security annotation that fits, the same constructor for the container to call.
 */
class RestResourcesTest {

    static final List<Class<?>> PLUGIN_CLASSES = List.of(JiraSettingsResource.class, JiraPeopleResource.class,
            JiraAbsencesResource.class, JiraAbsenceRequestsResource.class, JiraQueueResource.class,
            JiraMyWorkResource.class, JiraIssueResource.class, JiraAuditResource.class,
            JiraWatcherResource.class, JiraResultsSettingsResource.class, JiraNormHoursResource.class,
            JiraSalesResource.class, JiraDebtResource.class, JiraComplaintsResource.class, JiraScorecardResource.class,
            JiraClientsResource.class, JiraApiErrorMapper.class,
            SetupResource.class, JiraReportsResource.class, JiraOnboardingResource.class, JiraForecastResource.class,
            JiraPromotionsResource.class,
            JiraLibraryResource.class, JiraSuspectedResource.class, WatcherScheduleResource.class,
            JiraIssueActionsResource.class, JiraCataloguesResource.class, JiraCampaignsResource.class);

    /** Administrators only at Jira's door; everything else needs a licensed user and the app's own checks. */
    static final Set<String> ADMIN_ONLY = Set.of("settings", "watcher/run", "watcher/schedule", "setup");

    @Test
    void everyAppResourceHasExactlyOneJiraSubclassWithTheSamePath() {
        Map<Class<?>, List<Class<?>>> bySuper = PLUGIN_CLASSES.stream()
                .collect(Collectors.groupingBy(Class::getSuperclass));
        for (Class<?> app : Backstop.REST_CLASSES) {
            assertThat(bySuper.get(app)).as("plugin class for %s", app.getSimpleName()).hasSize(1);
            Class<?> jira = bySuper.get(app).get(0);
            assertThat(jira.getPackageName()).isEqualTo("io.backstop.jira.rest");
            if (app.isAnnotationPresent(Path.class)) {
                assertThat(jira.getAnnotation(Path.class).value()).isEqualTo(app.getAnnotation(Path.class).value());
            } else {
                assertThat(app).hasAnnotation(Provider.class);
                assertThat(jira).hasAnnotation(Provider.class);
            }
        }
    }

    @Test
    void everyResourceCarriesTheSecurityAnnotationThatFits() {
        for (Class<?> resource : PLUGIN_CLASSES) {
            Path path = resource.getAnnotation(Path.class);
            if (path == null) {
                continue;
            }
            boolean admin = resource.isAnnotationPresent(AdminOnly.class);
            boolean licensed = resource.isAnnotationPresent(LicensedOnly.class);
            assertThat(admin ^ licensed).as("exactly one security annotation on %s", resource.getSimpleName()).isTrue();
            assertThat(admin).as("%s admin only", resource.getSimpleName()).isEqualTo(ADMIN_ONLY.contains(path.value()));
        }
    }

    @Test
    void theContainerCanCallEachConstructorWithTheAppsConstructorArguments() {
        for (Class<?> resource : PLUGIN_CLASSES) {
            assertThat(Modifier.isPublic(resource.getModifiers())).isTrue();
            Constructor<?>[] constructors = resource.getConstructors();
            assertThat(constructors).as(resource.getSimpleName()).hasSize(1);
            Constructor<?> constructor = constructors[0];
            if (constructor.getParameterCount() > 0) {
                assertThat(constructor.isAnnotationPresent(Inject.class)).as(resource.getSimpleName()).isTrue();
            }
            Class<?> app = resource.getSuperclass();
            if (Backstop.REST_CLASSES.contains(app)) {
                assertThat(Arrays.stream(app.getConstructors()).map(c -> List.of(c.getParameterTypes())))
                        .contains(List.of(constructor.getParameterTypes()));
            }
        }
    }

    /**
     * State-changing calls are protected from cross-site requests by Jira's XSRF check (a request with a
     * form or text content type needs the X-Atlassian-Token header) and, for bodies, by accepting JSON only. No
     * resource opts out of the check.
     */
    @Test
    void noStateChangingCallIsExcludedFromXsrfProtectionAndBodiesAreJson() {
        for (Class<?> resource : PLUGIN_CLASSES) {
            for (Annotation annotation : resource.getAnnotations()) {
                assertThat(annotation.annotationType().getSimpleName()).isNotEqualTo("XsrfProtectionExcluded");
            }
            for (Method method : resource.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    assertThat(annotation.annotationType().getSimpleName()).isNotEqualTo("XsrfProtectionExcluded");
                }
                boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                        || method.isAnnotationPresent(DELETE.class);
                boolean hasBody = Arrays.stream(method.getParameters()).anyMatch(p -> p.getAnnotations().length == 0);
                if (changes && hasBody) {
                    assertThat(method.getAnnotation(Consumes.class)).as("%s.%s", resource.getSimpleName(),
                            method.getName()).isNotNull();
                    assertThat(method.getAnnotation(Consumes.class).value()).containsExactly(MediaType.APPLICATION_JSON);
                }
            }
        }
    }
}
