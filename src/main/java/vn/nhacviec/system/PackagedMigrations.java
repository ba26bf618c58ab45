package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations packaged in the jar, from the list the build writes ({@value #INDEX}; see pom.xml).
 * Flyway takes them from here (micronaut-flyway picks up a resource provider and a Java migration
 * provider named after the data source) instead of scanning the jar's tens of thousands of entries
 * at every start; a command also compares them with Flyway's history ({@link CommandMigrations}).
 * With other locations configured, Flyway scans them as usual.
 */
@Factory
@Requires(classes = ResourceProvider.class)
@Requires(property = "flyway.datasources.default.locations", value = PackagedMigrations.LOCATION)
final class PackagedMigrations {

    static final String INDEX = "META-INF/nhacviec/migrations.txt";
    static final String PATH = "db/migration/common";
    static final String LOCATION = "classpath:" + PATH;

    @Singleton
    @Named("default")
    ResourceProvider scripts(@Property(name = "flyway.datasources.default.encoding") @Nullable String encoding) {
        ClassLoader loader = PackagedMigrations.class.getClassLoader();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        List<LoadableResource> scripts = listed().stream().filter(name -> !name.endsWith(".class"))
                .map(name -> (LoadableResource) new ClassPathResource(new Location(LOCATION), PATH + "/" + name, loader, charset))
                .toList();
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return scripts.stream().filter(script -> script.getRelativePath().equals(name)).findFirst().orElse(null);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return scripts.stream().filter(script -> script.getFilename().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(script.getFilename()::endsWith)).toList();
            }
        };
    }

    @Singleton
    @Named("default")
    ClassProvider<JavaMigration> javaMigrations() {
        ClassLoader loader = PackagedMigrations.class.getClassLoader();
        List<Class<? extends JavaMigration>> classes = listed().stream().filter(name -> name.endsWith(".class"))
                .<Class<? extends JavaMigration>>map(name -> javaMigration(
                        PATH.replace('/', '.') + "." + name.substring(0, name.length() - ".class".length()), loader))
                .toList();
        return () -> classes;
    }

    private static List<String> listed() {
        return names().orElseThrow(() -> new IllegalStateException(INDEX + " is missing: the build writes it (./mvnw package)"));
    }

    /** The file names (scripts and Java migrations' classes), or empty when the jar has no list. */
    static Optional<List<String>> names() {
        InputStream in = PackagedMigrations.class.getClassLoader().getResourceAsStream(INDEX);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> names = lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Their versions; empty when the list is missing or holds one without a version (a repeatable one). */
    static Optional<Set<MigrationVersion>> versions() {
        Set<MigrationVersion> versions = new HashSet<>();
        for (String name : names().orElse(List.of())) {
            int end = name.indexOf("__");
            if (!name.startsWith("V") || end < 2) {
                return Optional.empty();
            }
            versions.add(MigrationVersion.fromVersion(name.substring(1, end).replace('_', '.')));
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends JavaMigration> javaMigration(String name, ClassLoader loader) {
        try {
            return (Class<? extends JavaMigration>) Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the packaged migration " + name + " is missing", e);
        }
    }
}
