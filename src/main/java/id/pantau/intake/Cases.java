package id.pantau.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.pantau.shared.Violation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** All registered cases. */
interface Cases extends JpaRepository<NeutralityCase, Long>, JpaSpecificationExecutor<NeutralityCase> {

	Optional<NeutralityCase> findByCaseNumber(String caseNumber);

	Optional<NeutralityCase> findBySourceAndReferenceKey(CaseSource source, String referenceKey);

	List<NeutralityCase> findByCaseNumberIn(Collection<String> caseNumbers);

	@Query("select c.caseNumber from NeutralityCase c join c.allegedActs a where a = :act and c.regionCode in :regions")
	List<String> numbersWithAllegedAct(Collection<String> regions, Violation act);

}
