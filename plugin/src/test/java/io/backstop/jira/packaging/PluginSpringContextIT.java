package io.backstop.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.backstop.jira.testing.H2ActiveObjects;
import io.backstop.jira.testing.LocalClusterLock;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.UrlResource;
import org.w3c.dom.Element;

/**
 * The jar's Spring context as Jira builds it, in Spring 6 (Jira 11's major version): plugin-context.xml from the jar,
 * with a stand-in for the Spring Scanner runtime's {@code <atlassian-scanner:scan-indexes/>} that reads the jar's
 * index files (components, and the OSGi imports served by mocks). Then what Jira's modules do with it: the REST
 * module creates each resource through the context, Active Objects creates the upgrade task, SAL finds the exported
 * LifecycleAware.
 */
class PluginSpringContextIT {

    static final String SCANNER = "http://www.atlassian.com/schema/atlassian-scanner/2";

    private final ClassLoader bundle = BuiltJar.classLoader();
    private final Map<String, Object> imports = new LinkedHashMap<>();
    private final H2ActiveObjects database = new H2ActiveObjects();
    private final ActiveObjects ao = mock(ActiveObjects.class, AdditionalAnswers.delegatesTo(database));
    private final ApplicationUser boss = mock(ApplicationUser.class);

    /** The scanner runtime's part: register the indexed components and the imported services. */
    private final class ScanIndexes extends NamespaceHandlerSupport {
        @Override
        public void init() {
            registerBeanDefinitionParser("scan-indexes", new BeanDefinitionParser() {
                @Override
                public BeanDefinition parse(Element element, ParserContext context) {
                    BeanDefinitionRegistry registry = context.getRegistry();
                    for (String line : BuiltJar.lines("META-INF/plugin-components/component")) {
                        String[] parts = line.split("#");
                        GenericBeanDefinition component = new GenericBeanDefinition();
                        component.setBeanClassName(parts[0]);
                        registry.registerBeanDefinition(parts.length > 1 ? parts[1] : parts[0], component);
                    }
                    imports.forEach((name, service) -> registry.registerBeanDefinition(name, serviceDefinition(
                            service)));
                    return null;
                }
            });
        }
    }

    /** An OSGi service proxy, as the scanner imports it: a bean of the service's interface. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static BeanDefinition serviceDefinition(Object service) {
        Class type = org.mockito.Mockito.mockingDetails(service).getMockCreationSettings().getTypeToMock();
        return BeanDefinitionBuilder.genericBeanDefinition(type, () -> service).getBeanDefinition();
    }

    private GenericApplicationContext context() throws Exception {
        for (String line : BuiltJar.lines("META-INF/plugin-components/imports")) {
            String[] parts = line.split("#");
            Class<?> type = Class.forName(parts[0], false, bundle);
            Object service = type == ActiveObjects.class ? ao : mock(type);
            imports.put(parts.length > 1 ? parts[1] : parts[0], service);
        }
        ClusterLockService locks = (ClusterLockService) imports.get(ClusterLockService.class.getName());
        lenient().when(locks.getLockForName(anyString())).thenAnswer(call -> new LocalClusterLock());
        lenient().when(boss.getUsername()).thenReturn("boss");
        lenient().when(boss.getKey()).thenReturn("JIRAUSER10000");
        lenient().when(boss.isActive()).thenReturn(true);
        UserManager users = (UserManager) imports.get(UserManager.class.getName());
        lenient().when(users.getUserByName("boss")).thenReturn(boss);
        GlobalPermissionManager permissions = (GlobalPermissionManager) imports.get(
                GlobalPermissionManager.class.getName());
        lenient().when(permissions.hasPermission(eq(GlobalPermissionKey.ADMINISTER), any())).thenReturn(true);
        JiraAuthenticationContext authentication = (JiraAuthenticationContext) imports.get(
                JiraAuthenticationContext.class.getName());
        lenient().when(authentication.getLoggedInUser()).thenReturn(boss);
        lenient().when(authentication.getLocale()).thenReturn(Locale.ENGLISH);

        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(bundle);
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(bundle);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        DefaultNamespaceHandlerResolver defaults = new DefaultNamespaceHandlerResolver(bundle);
        ScanIndexes scanner = new ScanIndexes();
        scanner.init();
        reader.setNamespaceHandlerResolver(uri -> SCANNER.equals(uri) ? scanner : defaults.resolve(uri));
        reader.loadBeanDefinitions(new UrlResource(bundle.getResource("META-INF/spring/plugin-context.xml")));
        context.refresh();
        return context;
    }

    @Test
    void theContextStartsWithoutTouchingTheDatabaseAndRegistersTheListener() throws Exception {
        try (GenericApplicationContext context = context()) {
            for (String line : BuiltJar.lines("META-INF/plugin-components/component")) {
                String[] parts = line.split("#");
                Object bean = context.getBean(parts[1]);
                assertThat(bean.getClass().getName()).isEqualTo(parts[0]);
                assertThat(bean.getClass().getClassLoader()).as("from the jar").isNotSameAs(getClass().getClassLoader());
            }
            verify((EventPublisher) imports.get(EventPublisher.class.getName()))
                    .register(context.getBean("backstopIssueEventListener"));
            verifyNoInteractions(ao);
            assertThat(context.getBeansOfType(LifecycleAware.class)).containsOnlyKeys("backstopWatcherScheduler");
        }
        verify((EventPublisher) imports.get(EventPublisher.class.getName())).unregister(any());
    }

    /** Jira creates the servlets, the web-panel and the conditions through the plugin's container, as beans. */
    @Test
    void theContainerCreatesEveryClassTheDescriptorNamesWithoutTouchingTheDatabase() throws Exception {
        try (GenericApplicationContext context = context()) {
            org.w3c.dom.NodeList all = BuiltJar.descriptor().getElementsByTagName("*");
            List<String> named = new java.util.ArrayList<>();
            for (int i = 0; i < all.getLength(); i++) {
                String type = ((Element) all.item(i)).getAttribute("class");
                if (type.startsWith("io.backstop.jira.web.")) {
                    named.add(type);
                }
            }
            assertThat(named).contains("io.backstop.jira.web.QueueServlet", "io.backstop.jira.web.AdminServlet",
                    "io.backstop.jira.web.DashboardServlet", "io.backstop.jira.web.MyWorkServlet",
                    "io.backstop.jira.web.AbsencesServlet", "io.backstop.jira.web.CataloguesServlet",
                    "io.backstop.jira.web.IssuePanel", "io.backstop.jira.web.ScreenCondition");
            for (String type : named) {
                Object bean = context.getAutowireCapableBeanFactory().createBean(bundle.loadClass(type));
                assertThat(bean.getClass().getName()).isEqualTo(type);
            }
            verifyNoInteractions(ao);
        }
    }

    @Test
    void theRestModuleCanCreateEveryResourceAndAnAdministratorReadsTheSettings() throws Exception {
        new io.backstop.jira.ao.SchemaUpgradeTask().upgrade(ModelVersion.valueOf("0"), database); // Jira's AO first
        try (GenericApplicationContext context = context()) {
            List<String> resources = BuiltJar.ownClasses().stream()
                    .filter(c -> c.startsWith("io.backstop.jira.rest.") && !c.contains("$")).toList();
            Map<String, Object> created = new LinkedHashMap<>();
            for (String name : resources) {
                created.put(name.substring(name.lastIndexOf('.') + 1),
                        context.getAutowireCapableBeanFactory().createBean(bundle.loadClass(name)));
            }
            assertThat(created).hasSize(resources.size()).doesNotContainValue(null);

            Object settings = created.get("JiraSettingsResource");
            Response answer = (Response) settings.getClass().getMethod("get").invoke(settings);
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(answer.getEntity().toString()).contains("\"staffGroup\":\"backstop-staff\"");

            Object queue = created.get("JiraQueueResource");
            assertThat(((Response) queue.getClass().getMethod("queue").invoke(queue)).getStatus()).isEqualTo(200);

            Object setup = created.get("SetupResource");
            Response report = (Response) setup.getClass().getMethod("run", String.class).invoke(setup, "{}");
            assertThat(report.getStatus()).isEqualTo(200);
            assertThat(report.getEntity().toString()).contains("\"kind\":\"GROUP\"");

            Object task = context.getAutowireCapableBeanFactory().createBean(
                    bundle.loadClass("io.backstop.jira.ao.SchemaUpgradeTask"));
            assertThat(task).isInstanceOf(ActiveObjectsUpgradeTask.class);
        }
    }
}
