package id.pantau.investigation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Hearing minutes of cases. */
interface MinutesRecords extends JpaRepository<ExaminationMinutes, Long> {

	List<ExaminationMinutes> findByCaseIdOrderByExaminedOn(long caseId);

}
