package id.pantau.investigation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Examination teams of cases. */
interface TeamMembers extends JpaRepository<TeamMember, Long> {

	List<TeamMember> findByCaseIdOrderByUsername(long caseId);

}
