package id.pantau.shared;

/** Level of a sanction; MORAL is the ethics sanction of PP 42/2004. */
public enum SanctionLevel {

	MORAL, LIGHT, MODERATE, SEVERE, DISMISSAL

}
