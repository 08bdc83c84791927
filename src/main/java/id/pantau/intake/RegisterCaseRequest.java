package id.pantau.intake;

import java.time.LocalDate;
import java.util.Set;

import id.pantau.shared.EmploymentType;
import id.pantau.shared.MultiLine;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The registration form of a new report (intake). */
public record RegisterCaseRequest(@NotBlank String region, @NotNull CaseSource source,
		@NotBlank @Size(max = 120) String referenceNumber, LocalDate referenceDate, @NotNull LocalDate receivedOn,
		@NotNull @Valid Employee employee, @NotNull @Valid Election election,
		@NotEmpty Set<@NotNull Violation> allegedActs, @NotBlank @Size(max = 4000) @MultiLine String description,
		Sanction sourceRecommendation, @Valid Reporter reporter) {

	public record Employee(@NotBlank String nip, @NotBlank @Size(max = 160) String name,
			@NotNull EmploymentType employmentType, @NotBlank @Size(max = 160) String position,
			@NotNull PositionType positionType, @NotBlank @Size(max = 160) String unit) {
	}

	public record Election(@NotNull ElectionType type, @NotNull @Min(2004) @Max(2100) Integer year,
			@NotNull ElectionStage stage) {
	}

	public record Reporter(@Size(max = 160) String name, @Size(max = 160) String contact) {
	}

	Registration toRegistration() {
		ReportedEmployee reported = new ReportedEmployee(this.employee.nip(), this.employee.name().strip(),
				this.employee.employmentType(), this.employee.position().strip(), this.employee.positionType(),
				this.employee.unit().strip());
		return new Registration(this.source, this.referenceNumber, this.referenceDate, this.receivedOn,
				this.election.type(), this.election.year(), this.election.stage(), this.description.strip(),
				this.sourceRecommendation, (this.reporter != null) ? this.reporter.name() : null,
				(this.reporter != null) ? this.reporter.contact() : null, reported, this.allegedActs);
	}

}
