package id.pantau.intake;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All registered cases. */
interface Cases extends JpaRepository<NeutralityCase, Long>, JpaSpecificationExecutor<NeutralityCase> {

	Optional<NeutralityCase> findByCaseNumber(String caseNumber);

	Optional<NeutralityCase> findBySourceAndReferenceKey(CaseSource source, String referenceKey);

}
