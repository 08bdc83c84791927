package id.pantau.intake;

import id.pantau.shared.EmploymentType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The civil servant a case is about. */
@Embeddable
public record ReportedEmployee(@Column(name = "employee_nip") String nip, @Column(name = "employee_name") String name,
		@Enumerated(EnumType.STRING) @Column(name = "employment_type") EmploymentType employmentType,
		@Column(name = "employee_position") String position,
		@Enumerated(EnumType.STRING) @Column(name = "position_type") PositionType positionType,
		@Column(name = "employee_unit") String unit) {
}
