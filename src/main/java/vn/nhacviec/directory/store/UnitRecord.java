package vn.nhacviec.directory.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A canonical unit as stored; {@code aliases} are newline-separated. */
@MappedEntity("unit")
public record UnitRecord(@Id String code, String name, @Nullable String aliases) {
}
