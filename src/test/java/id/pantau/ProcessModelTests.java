package id.pantau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.pantau.shared.NeutralityCaseProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Architecture checks on every BPMN model under {@code processes/}. */
class ProcessModelTests {

	private static final Path PROCESSES = Path.of("processes");

	private static final Path MAIN_MODEL = PROCESSES.resolve("case/neutrality-case.bpmn");

	/** The roles a lane's name ends with: "Inspektorat (chief-inspector, inspector)". */
	private static final Pattern LANE_ROLES = Pattern.compile("\\(([a-z-]+(?:, [a-z-]+)*)\\)$");

	private static final Pattern FLOW_NODE_ID = Pattern
		.compile("^(Start|End|Task|Gateway|Timer|CallActivity|Event|Err|Msg)_[A-Z][A-Za-z0-9]+$");

	private static final Pattern SEQUENCE_FLOW_ID = Pattern.compile("^Flow_[A-Z][A-Za-z0-9]+$");

	/**
	 * A due date names its step and hands over the execution: the deadline counts from
	 * the legal date on record of the execution's case, in its region's zone.
	 */
	private static final Pattern DUE_DATE = Pattern
		.compile("^\\$\\{deadlines\\.dueFor\\('[a-z]+(-[a-z]+)*', execution\\)}$");

	private static final Pattern CLOSURE = Pattern.compile("^\\$\\{caseClosure\\.close\\(execution, '([A-Z_]+)'\\)}$");

	private static final Set<String> CLOSURE_REASONS = Set.of("NOT_OUR_AUTHORITY", "EMPLOYEE_LEFT_SERVICE",
			"INCOMPLETE", "NOT_PROVEN", "COMPLETED");

	static List<Path> models() throws IOException {
		try (Stream<Path> files = Files.walk(PROCESSES)) {
			return files.filter((file) -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
	}

	@Test
	void findsTheModelsOfEveryProcess() throws IOException {
		Set<String> processIds = models().stream()
			.flatMap((model) -> elements(read(model), Process.class).stream())
			.map(Process::getId)
			.collect(Collectors.toSet());

		assertThat(processIds).contains(NeutralityCaseProcess.KEY, NeutralityCaseProcess.INVESTIGATION_KEY,
				NeutralityCaseProcess.APPEAL_KEY);
	}

	@ParameterizedTest
	@MethodSource("models")
	void namesFlowNodesAndSequenceFlowsByConvention(Path model) {
		BpmnModelInstance bpmn = read(model);

		assertThat(ids(elements(bpmn, FlowNode.class))).allMatch((id) -> FLOW_NODE_ID.matcher(id).matches());
		assertThat(ids(elements(bpmn, SequenceFlow.class))).allMatch((id) -> SEQUENCE_FLOW_ID.matcher(id).matches());
	}

	@ParameterizedTest
	@MethodSource("models")
	void makesEveryProcessExecutableWithHistoryTimeToLive(Path model) {
		Collection<Process> processes = elements(read(model), Process.class);

		assertThat(processes).isNotEmpty().allSatisfy((process) -> {
			assertThat(process.isExecutable()).as("%s executable", process.getId()).isTrue();
			assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s history TTL", process.getId()).isNotBlank();
			assertThat(process.getDocumentations()).as("%s documentation", process.getId()).hasSize(1);
		});
	}

	@ParameterizedTest
	@MethodSource("models")
	void givesEveryUserTaskCandidateGroupsAndDeadline(Path model) {
		Collection<UserTask> userTasks = elements(read(model), UserTask.class);

		assertThat(userTasks).isNotEmpty().allSatisfy((task) -> {
			assertThat(task.getCamundaCandidateGroups()).as("%s candidate groups", task.getId()).isNotBlank();
			assertThat(task.getCamundaDueDate()).as("%s due date", task.getId()).matches(DUE_DATE);
		});
	}

	/**
	 * The models leave a step's reminder and escalation to the engine (they are attached
	 * when a model is parsed, engine.DeadlineTimers; DeadlineTimersTests checks the
	 * deployed result): a timeout listener drawn in a model would remind twice.
	 */
	@ParameterizedTest
	@MethodSource("models")
	void drawsNoReminderOrEscalationTimerItself(Path model) {
		assertThat(elements(read(model), UserTask.class))
			.allSatisfy((task) -> assertThat(timeouts(task)).as("timeout listeners of %s", task.getId()).isEmpty());
	}

	/**
	 * A timer that ends a step (awaiting documents, the appeal window) fires exactly at
	 * the step's due date: the same expression, counted from the same date on record.
	 */
	@ParameterizedTest
	@MethodSource("models")
	void endsEveryStepByTimerAtItsOwnDueDate(Path model) {
		Collection<BoundaryEvent> timers = elements(read(model), BoundaryEvent.class).stream()
			.filter((b) -> !b.getEventDefinitions().isEmpty()
					&& b.getEventDefinitions().iterator().next() instanceof TimerEventDefinition)
			.toList();

		assertThat(timers).allSatisfy((timer) -> {
			TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
			String dueDate = ((UserTask) timer.getAttachedTo()).getCamundaDueDate();
			assertThat(definition.getTimeDate()).as("time date of %s", timer.getId()).isNotNull();
			assertThat(definition.getTimeDate().getTextContent()).as("time date of %s", timer.getId())
				.isEqualTo(dueDate)
				.matches(DUE_DATE);
		});
	}

	private static List<String> timeouts(UserTask task) {
		if (task.getExtensionElements() == null) {
			return List.of();
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaTaskListener.class)
			.list()
			.stream()
			.filter((l) -> "timeout".equals(l.getCamundaEvent()))
			.map((l) -> l.getCamundaExpression() + " at "
					+ l.getTimeouts().iterator().next().getTimeDate().getTextContent())
			.toList();
	}

	@ParameterizedTest
	@MethodSource("models")
	void drawsEveryFlowNodeAndSequenceFlow(Path model) {
		BpmnModelInstance bpmn = read(model);
		Set<String> shapes = elements(bpmn, BpmnShape.class).stream()
			.map((shape) -> shape.getBpmnElement().getId())
			.collect(Collectors.toSet());
		Set<String> edges = elements(bpmn, BpmnEdge.class).stream()
			.filter((edge) -> edge.getWaypoints().size() >= 2)
			.map((edge) -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());

		assertThat(shapes).containsAll(ids(elements(bpmn, FlowNode.class)));
		assertThat(edges).containsAll(ids(elements(bpmn, SequenceFlow.class)));
	}

	@ParameterizedTest
	@MethodSource("models")
	void labelsEveryNamedEventAndGateway(Path model) {
		List<String> unlabelled = elements(read(model), BpmnShape.class).stream()
			.filter((shape) -> shape.getBpmnElement() instanceof Event || shape.getBpmnElement() instanceof Gateway)
			.filter((shape) -> shape.getBpmnElement().getAttributeValue("name") != null)
			.filter((shape) -> shape.getBpmnLabel() == null || shape.getBpmnLabel().getBounds() == null)
			.map((shape) -> shape.getBpmnElement().getId())
			.toList();

		assertThat(unlabelled).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("models")
	void drawsShapesWithoutOverlap(Path model) {
		List<BpmnShape> shapes = elements(read(model), BpmnShape.class).stream()
			.filter((shape) -> shape.getBpmnElement() instanceof FlowNode)
			.toList();
		List<String> overlaps = new ArrayList<>();
		for (int i = 0; i < shapes.size(); i++) {
			for (int j = i + 1; j < shapes.size(); j++) {
				if (overlap(shapes.get(i), shapes.get(j)) && !attached(shapes.get(i), shapes.get(j))) {
					overlaps
						.add(shapes.get(i).getBpmnElement().getId() + " / " + shapes.get(j).getBpmnElement().getId());
				}
			}
		}

		assertThat(overlaps).isEmpty();
	}

	/**
	 * The main model shows who does what: each flow node sits in one lane, drawn inside
	 * it, and each user task in the lane of its role (the roles a lane's name ends with,
	 * "BKPSDM (hr)").
	 */
	@Test
	void drawsEveryStepOfTheMainModelInTheLaneOfItsRole() {
		BpmnModelInstance bpmn = read(MAIN_MODEL);
		Collection<Lane> lanes = elements(bpmn, Lane.class);
		assertThat(lanes).as("lanes of the main model").isNotEmpty();
		assertThat(elements(bpmn, FlowNode.class)).allSatisfy((node) -> {
			List<Lane> holding = lanes.stream().filter((lane) -> lane.getFlowNodeRefs().contains(node)).toList();
			assertThat(holding).as("lanes holding %s", node.getId()).hasSize(1);
			Lane lane = holding.get(0);
			assertThat(inside(shapeOf(bpmn, node), shapeOf(bpmn, lane)))
				.as("%s drawn inside %s", node.getId(), lane.getId())
				.isTrue();
			if (node instanceof UserTask task) {
				assertThat(rolesOf(lane)).as("roles of %s, holding %s", lane.getId(), task.getId())
					.contains(task.getCamundaCandidateGroups());
			}
		});
	}

	private static Set<String> rolesOf(Lane lane) {
		Matcher roles = LANE_ROLES.matcher(String.valueOf(lane.getName()));
		return roles.find() ? Set.of(roles.group(1).split(",\\s*")) : Set.of();
	}

	private static BpmnShape shapeOf(BpmnModelInstance bpmn, BaseElement element) {
		return elements(bpmn, BpmnShape.class).stream()
			.filter((shape) -> shape.getBpmnElement() == element)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no shape of " + element.getId()));
	}

	private static boolean inside(BpmnShape inner, BpmnShape outer) {
		Bounds a = inner.getBounds();
		Bounds b = outer.getBounds();
		return a.getX() >= b.getX() && a.getY() >= b.getY() && a.getX() + a.getWidth() <= b.getX() + b.getWidth()
				&& a.getY() + a.getHeight() <= b.getY() + b.getHeight();
	}

	@Test
	void declaresExactlyTheUserTasksOfTheModels() throws IOException {
		Set<String> modelled = models().stream()
			.flatMap((model) -> elements(read(model), UserTask.class).stream())
			.map(UserTask::getId)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(declaredTaskIds()).isEqualTo(modelled);
	}

	@Test
	void recordsClosureReasonAtEveryEndOfMainProcess() {
		Collection<EndEvent> ends = elements(read(MAIN_MODEL), EndEvent.class);
		Set<String> reasons = new TreeSet<>();

		assertThat(ends).allSatisfy((end) -> {
			List<CamundaExecutionListener> listeners = listeners(end);
			assertThat(listeners).as("listeners of %s", end.getId()).hasSize(1);
			assertThat(listeners.get(0).getCamundaEvent()).isEqualTo("start");
			Matcher closure = CLOSURE.matcher(String.valueOf(listeners.get(0).getCamundaExpression()));
			assertThat(closure.matches()).as("closure listener of %s", end.getId()).isTrue();
			reasons.add(closure.group(1));
		});
		assertThat(reasons).isEqualTo(new TreeSet<>(CLOSURE_REASONS));
	}

	@Test
	void leavesClosureToMainProcess() throws IOException {
		List<String> subProcessEndsWithListener = models().stream()
			.filter((model) -> !model.equals(MAIN_MODEL))
			.flatMap((model) -> elements(read(model), EndEvent.class).stream())
			.filter((end) -> !listeners(end).isEmpty())
			.map(EndEvent::getId)
			.toList();

		assertThat(subProcessEndsWithListener).isEmpty();
	}

	private static BpmnModelInstance read(Path model) {
		try (InputStream in = Files.newInputStream(model)) {
			return Bpmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T extends ModelElementInstance> Collection<T> elements(BpmnModelInstance bpmn, Class<T> type) {
		return bpmn.getModelElementsByType(type);
	}

	private static List<String> ids(Collection<? extends BaseElement> elements) {
		return elements.stream().map(BaseElement::getId).toList();
	}

	private static List<CamundaExecutionListener> listeners(FlowNode node) {
		if (node.getExtensionElements() == null) {
			return List.of();
		}
		return node.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list();
	}

	private static boolean overlap(BpmnShape first, BpmnShape second) {
		Bounds a = first.getBounds();
		Bounds b = second.getBounds();
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private static boolean attached(BpmnShape first, BpmnShape second) {
		return attachedTo(first, second) || attachedTo(second, first);
	}

	private static boolean attachedTo(BpmnShape event, BpmnShape host) {
		return event.getBpmnElement() instanceof BoundaryEvent boundary
				&& boundary.getAttachedTo().equals(host.getBpmnElement());
	}

	private static Set<String> declaredTaskIds() {
		Set<String> ids = new TreeSet<>();
		for (Field field : NeutralityCaseProcess.Tasks.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				ids.add((String) get(field));
			}
		}
		return ids;
	}

	private static Object get(Field field) {
		try {
			return field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
