package id.pantau.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the sender and the digest job on a schedule (MailJobs). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

}
