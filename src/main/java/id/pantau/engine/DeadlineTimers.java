package id.pantau.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.xml.sax.helpers.AttributesImpl;

import org.springframework.stereotype.Component;

/**
 * Gives every step with a legal deadline its reminder and its escalation, at parse time,
 * so that the models declare a step's deadline once (its {@code camunda:dueDate}) and
 * nobody copies the two timers into each user task.
 * <p>
 * A user task whose due date is {@code ${deadlines.dueFor('<step>', execution)}} gets two
 * timeout listeners, exactly as if the model had drawn them:
 * {@code ${taskEscalation.overdue(task)}} at the due date (the reminder to the step's
 * supervisor) and {@code ${taskEscalation.escalate(task)}} at
 * {@code ${deadlines.escalationFor('<step>', execution)}} (the escalation). A step ended
 * by an interrupting timer on its own due date (awaiting documents, the appeal window)
 * gets neither: its deadline ends it. A model that draws such a listener itself is
 * refused at deployment, so that a step never reminds twice.
 */
@Component
public class DeadlineTimers extends AbstractProcessEnginePlugin {

	/** The reminder when a step's deadline passes. */
	public static final String OVERDUE = "${taskEscalation.overdue(task)}";

	/** The escalation when a step's escalation period passes too. */
	public static final String ESCALATE = "${taskEscalation.escalate(task)}";

	static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private static final Pattern DUE_DATE = Pattern
		.compile("^\\$\\{deadlines\\.dueFor\\('([a-z]+(?:-[a-z]+)*)', execution\\)}$");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setBpmnParseFactory(Parse::new);
	}

	/** The escalation's time of a step, counted like its due date. */
	public static String escalationOf(String step) {
		return "${deadlines.escalationFor('" + step + "', execution)}";
	}

	/** Camunda's parse, after the timers are attached to the parsed document. */
	static final class Parse extends BpmnParse {

		Parse(BpmnParser parser) {
			super(parser);
		}

		@Override
		protected void parseRootElement() {
			for (Element process : this.rootElement.elements("process")) {
				attach(process);
			}
			super.parseRootElement();
		}

		/** Attaches the timers to the user tasks of a process or sub-process. */
		private void attach(Element container) {
			for (Element task : container.elements("userTask")) {
				String dueDate = task.attributeNS(CAMUNDA_BPMN_EXTENSIONS_NS, "dueDate");
				Matcher step = (dueDate != null) ? DUE_DATE.matcher(dueDate.trim()) : null;
				if (step == null || !step.matches() || endedByTimer(container, task.attribute("id"))) {
					continue;
				}
				Element extensions = task.element("extensionElements");
				if (extensions == null) {
					extensions = element(BPMN, "extensionElements");
					task.elements().add(0, extensions);
				}
				if (extensions.elementsNS(CAMUNDA_BPMN_EXTENSIONS_NS, "taskListener")
					.stream()
					.anyMatch((listener) -> "timeout".equals(listener.attribute("event")))) {
					addError("Pantau attaches the reminder and escalation of a step with a deadline: "
							+ "remove the timeout listener drawn on this task", task);
					continue;
				}
				String id = task.attribute("id").replaceFirst("^Task_", "");
				extensions.add(timeout("Timeout_" + id + "Overdue", OVERDUE, dueDate.trim()));
				extensions.add(timeout("Timeout_" + id + "Escalated", ESCALATE, escalationOf(step.group(1))));
			}
			for (Element subProcess : container.elements("subProcess")) {
				attach(subProcess);
			}
		}

		/** Whether an interrupting timer on the task ends it. */
		private static boolean endedByTimer(Element container, String taskId) {
			return container.elements("boundaryEvent")
				.stream()
				.anyMatch((event) -> taskId.equals(event.attribute("attachedToRef"))
						&& !"false".equals(event.attribute("cancelActivity"))
						&& event.element("timerEventDefinition") != null);
		}

		private static Element timeout(String id, String expression, String when) {
			Element listener = element(CAMUNDA, "taskListener", "id", id, "event", "timeout", "expression", expression);
			Element timer = element(BPMN, "timerEventDefinition", "id", "TimerEventDefinition_" + id.substring(8));
			Element timeDate = element(BPMN, "timeDate");
			timeDate.appendText(when);
			timer.add(timeDate);
			listener.add(timer);
			return listener;
		}

		private static Element element(String uri, String name, String... attributes) {
			AttributesImpl values = new AttributesImpl();
			for (int i = 0; i < attributes.length; i += 2) {
				values.addAttribute("", attributes[i], attributes[i], "CDATA", attributes[i + 1]);
			}
			return new Element(uri, name, name, values, null);
		}

	}

}
