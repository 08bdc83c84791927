package id.pantau.identity;

/**
 * A kabupaten or kota; its code is the Camunda tenant id.
 *
 * @param code region code, e.g. {@code probolinggo}
 * @param name official name, e.g. Kabupaten Probolinggo
 * @param casePrefix prefix of its case numbers, e.g. {@code PROB}
 */
public record Region(String code, String name, String casePrefix) {
}
