package no.kurer.dpi.control.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DokumentpakkeTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/cms", "Application/CMS", "application/cms; charset=binary"})
    void cmsIsRecognised(String contentType) {
        assertEquals(DokumentpakkeType.CMS, DokumentpakkeType.of(contentType));
    }

    @Test
    void asicEIsRecognised() {
        assertEquals(DokumentpakkeType.ASIC_E, DokumentpakkeType.of("application/vnd.etsi.asic-e+zip"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"application/zip", "application/octet-stream", "application/pkcs7-mime", "application/cms-extra"
            })
    void otherMediaTypesAre415(String contentType) {
        InvalidDokumentpakke refused =
                assertThrows(InvalidDokumentpakke.class, () -> DokumentpakkeType.of(contentType));
        assertEquals(415, refused.status());
        assertEquals("urn:kurer:problem:unsupported-dokumentpakke-media-type", refused.type());
        assertTrue(refused.detail().contains("application/cms"), refused.detail());
    }

    @Test
    void eachTypeChoosesItsCheck() {
        CmsCheck cms = new CmsCheck();
        AsicECheck asicE = new AsicECheck();
        assertSame(cms, DokumentpakkeType.CMS.check(cms, asicE));
        assertSame(asicE, DokumentpakkeType.ASIC_E.check(cms, asicE));
    }
}
