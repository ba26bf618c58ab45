package vn.nhacviec.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations packaged in the jar, from the list the build writes ({@value #INDEX}; see pom.xml).
 * Flyway takes them from this list instead of scanning the jar's tens of thousands of entries for
 * them at every start, and a command compares it with Flyway's history ({@link CommandMigrations}).
 * A location other than the jar's own is scanned by Flyway as usual.
 */
@Singleton
@Requires(classes = FlywayConfigurationCustomizer.class)
final class PackagedMigrations implements FlywayConfigurationCustomizer {

    static final String INDEX = "META-INF/nhacviec/migrations.txt";
    static final String PATH = "db/migration/common";
    static final String LOCATION = "classpath:" + PATH;

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        Optional<List<String>> names = names();
        if (names.isEmpty() || !Arrays.equals(configuration.getLocations(), new Location[] {new Location(LOCATION)})) {
            return;
        }
        ClassLoader loader = configuration.getClassLoader();
        List<LoadableResource> scripts = new ArrayList<>();
        List<Class<? extends JavaMigration>> classes = new ArrayList<>();
        for (String name : names.get()) {
            if (name.endsWith(".class")) {
                classes.add(javaMigration(PATH.replace('/', '.') + "." + name.substring(0, name.length() - ".class".length()), loader));
            } else {
                scripts.add(new ClassPathResource(new Location(LOCATION), PATH + "/" + name, loader, configuration.getEncoding()));
            }
        }
        configuration.resourceProvider(new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return scripts.stream().filter(script -> script.getRelativePath().equals(name)).findFirst().orElse(null);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return scripts.stream().filter(script -> script.getFilename().startsWith(prefix)
                        && Arrays.stream(suffixes).anyMatch(script.getFilename()::endsWith)).toList();
            }
        });
        configuration.javaMigrationClassProvider((ClassProvider<JavaMigration>) () -> classes);
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
