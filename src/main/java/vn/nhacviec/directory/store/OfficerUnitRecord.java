package vn.nhacviec.directory.store;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("officer_unit")
public record OfficerUnitRecord(@EmbeddedId Key key) {

    @Embeddable
    public record Key(Long officerId, String unitCode) {
    }

    public static OfficerUnitRecord of(Long officerId, String unitCode) {
        return new OfficerUnitRecord(new Key(officerId, unitCode));
    }
}
