package no.kurer.nextmove.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArkivmeldingTitleTest {

    static final String ARKIVMELDING = """
            <?xml version="1.0" encoding="utf-8"?>
            <arkivmelding xmlns="http://www.arkivverket.no/standarder/noark5/arkivmelding"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <system>LandLord</system>
              <meldingId>3380ed76-5d4c-43e7-aa70-8ed8d97e4835</meldingId>
              <antallFiler>1</antallFiler>
              <mappe xsi:type="saksmappe">
                <systemID>43fbe161-7aac-4c9f-a888-d8167aab4144</systemID>
                <tittel>Nye lysrør Hauketo Skole</tittel>
                <basisregistrering xsi:type="journalpost">
                  <systemID>430a6710-a3d4-4863-8bd0-5eb1021bee45</systemID>
                  <tittel>Internt tittel</tittel>
                  <offentligTittel>Nye lysrør</offentligTittel>
                  <journalpostnummer>5</journalpostnummer>
                </basisregistrering>
                <basisregistrering xsi:type="journalpost">
                  <offentligTittel>Second</offentligTittel>
                  <journalpostnummer>6</journalpostnummer>
                </basisregistrering>
              </mappe>
              <mappe xsi:type="saksmappe"><systemID>other</systemID></mappe>
            </arkivmelding>""";

    @Test
    void theTitleIsTheFirstJournalpostsOffentligTittelAndTheReferenceSaksmappeAndJournalpostnummer() {
        assertEquals(new ArkivmeldingTitle("Nye lysrør", "43fbe161-7aac-4c9f-a888-d8167aab4144-5"), read(ARKIVMELDING));
    }

    @Test
    void withoutJournalpostnummerThereIsNoReference() {
        assertEquals(
                new ArkivmeldingTitle("Nye lysrør", null),
                read(ARKIVMELDING.replace("<journalpostnummer>5</journalpostnummer>", "")));
    }

    @Test
    void whatIsNoArkivmeldingGivesNeither() {
        for (String xml : new String[] {"<arkivmelding/>", "not xml", "<arkivmelding><mappe>", ""}) {
            assertEquals(new ArkivmeldingTitle(null, null), read(xml), xml);
        }
    }

    @Test
    void noEntityIsExpandedAndLongValuesAreCut() {
        String withEntity = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + ARKIVMELDING.substring(ARKIVMELDING.indexOf("<arkivmelding")).replace("Nye lysrør", "&x;");
        assertEquals(null, read(withEntity).title(), "the DTD is not read");
        String longTitle = "x".repeat(300);
        assertEquals(
                255, read(ARKIVMELDING.replace("Nye lysrør", longTitle)).title().length());
    }

    @Test
    void theDeclaredEncodingIsReadAndAByteOrderMarkSkipped() {
        String latin1 = ARKIVMELDING.replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"");
        assertEquals(
                "Nye lysrør",
                ArkivmeldingTitle.of(new ByteArrayInputStream(latin1.getBytes(StandardCharsets.ISO_8859_1)))
                        .title());
        byte[] utf8 = ARKIVMELDING.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(
                "Nye lysrør",
                ArkivmeldingTitle.of(new ByteArrayInputStream(withBom)).title());
        assertEquals(
                new ArkivmeldingTitle(null, null),
                read(ARKIVMELDING.replace("encoding=\"utf-8\"", "encoding=\"no-such-charset\"")));
    }

    @Test
    void bytesThatAreNoTextGiveNeitherAndPrintNothing() {
        byte[] random = new byte[30_000];
        new Random(7).nextBytes(random);
        random[0] = '<';
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals(new ArkivmeldingTitle(null, null), ArkivmeldingTitle.of(new ByteArrayInputStream(random)));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "the JDK parser's [Fatal Error] line");
    }

    private static ArkivmeldingTitle read(String xml) {
        return ArkivmeldingTitle.of(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
