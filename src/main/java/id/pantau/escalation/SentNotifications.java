package id.pantau.escalation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentNotifications extends JpaRepository<SentNotification, Long> {

	boolean existsByTaskIdAndKindAndRecipientGroup(String taskId, String kind, String recipientGroup);

	List<SentNotification> findTop500ByCaseNumberOrderBySentAt(String caseNumber);

	/** Notifications of a kind to some roles in some regions, newest first, a page. */
	List<SentNotification> findByKindAndRecipientGroupInAndRegionInOrderBySentAtDescIdDesc(String kind,
			Collection<String> groups, Collection<String> regions, Pageable page);

}
