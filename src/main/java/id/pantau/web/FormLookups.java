package id.pantau.web;

import java.util.List;

import id.pantau.documents.CaseDocuments;
import id.pantau.documents.StoredFile;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;

import org.springframework.stereotype.Component;

/**
 * What a step's form offers to choose besides its payload's enums, read for the person on
 * the page: the people of a role in the case's region (the inspectors of a team), the
 * documents of the case (a scanned statement). A form asks for what it needs; the page's
 * controller knows no step. Used in templates as {@code @lookups}.
 */
@Component("lookups")
class FormLookups {

	private final UserDirectory directory;

	private final CaseDocuments documents;

	private final CurrentUser currentUser;

	FormLookups(UserDirectory directory, CaseDocuments documents, CurrentUser currentUser) {
		this.directory = directory;
		this.documents = documents;
		this.currentUser = currentUser;
	}

	/** The people with the role in the region; none without a region. */
	public List<PantauUser> people(String role, String region) {
		return (region != null) ? this.directory.withRoleIn(role, region) : List.of();
	}

	/** The documents people uploaded to the case; none without a case. */
	public List<StoredFile> documents(String caseNumber) {
		return (caseNumber != null) ? this.documents.uploaded(this.currentUser.get(), caseNumber) : List.of();
	}

}
