package id.pantau.sanction;

/**
 * Objection (keberatan) to the PPK, or administrative appeal (banding) to BPASN for
 * dismissals.
 */
enum AppealType {

	OBJECTION, ADMINISTRATIVE_APPEAL

}
