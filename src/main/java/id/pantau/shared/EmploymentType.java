package id.pantau.shared;

/** Kind of civil servant: permanent (PNS) or on contract (PPPK). */
public enum EmploymentType {

	PNS, PPPK

}
