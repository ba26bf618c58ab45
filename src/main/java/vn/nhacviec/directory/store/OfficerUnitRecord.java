package vn.nhacviec.directory.store;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("officer_unit")
public record OfficerUnitRecord(@EmbeddedId Key key) {

    @Embeddable
    public record Key(@MappedProperty("officer_id") Long officerId, @MappedProperty("unit_code") String unitCode) {
    }

    public static OfficerUnitRecord of(Long officerId, String unitCode) {
        return new OfficerUnitRecord(new Key(officerId, unitCode));
    }
}
