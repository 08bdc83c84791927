package id.pantau.rules;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTableVersions extends JpaRepository<CaseTableVersion, Long> {

}
