package no.kurer.maskinporten.entity;

/**
 * An organisation as Maskinporten and the SBDH name it: {@code {"authority":"iso6523-actorid-upis","ID":"0192:991825827"}}.
 */
public record Organisation(String authority, String id) {

    public static final String ISO6523 = "iso6523-actorid-upis";

    public static Organisation ofOrgno(String orgno) {
        return new Organisation(ISO6523, "0192:" + orgno);
    }

    /** The nine-digit organisation number, without the {@code 0192:} prefix. */
    public String orgno() {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }
}
