package id.pantau.pledges;

import java.util.List;

/**
 * Signatories of a campaign were newly recorded by an import, in the transaction of one
 * of its chunks: read models that know who signed (oversight) change with them.
 *
 * @param campaignId the campaign signed
 * @param nips the NIPs recorded in this chunk
 */
public record SignatoriesRecorded(long campaignId, List<String> nips) {

	public SignatoriesRecorded {
		nips = List.copyOf(nips);
	}

}
