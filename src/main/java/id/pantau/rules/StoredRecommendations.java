package id.pantau.rules;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredRecommendations extends JpaRepository<StoredRecommendation, Long> {

	Optional<StoredRecommendation> findFirstByCaseIdOrderByIdDesc(long caseId);

}
