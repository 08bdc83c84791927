package id.pantau.intake;

/** General election (Pemilu) or regional election (Pilkada). */
public enum ElectionType {

	PEMILU, PILKADA

}
