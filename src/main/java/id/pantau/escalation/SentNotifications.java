package id.pantau.escalation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentNotifications extends JpaRepository<SentNotification, Long> {

	boolean existsByTaskIdAndKindAndRecipientGroup(String taskId, String kind, String recipientGroup);

	List<SentNotification> findTop500ByCaseNumberOrderBySentAt(String caseNumber);

	List<SentNotification> findTop500ByKindAndRecipientGroupOrderBySentAtDesc(String kind, String group);

}
