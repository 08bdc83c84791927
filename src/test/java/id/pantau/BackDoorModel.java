package id.pantau;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A model whose service task calls an application bean that no shipped model names, as an
 * attacker would deploy it, and its deployment through Camunda's REST API.
 */
final class BackDoorModel {

	static final String XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
			  <bpmn:process id="BackDoor" isExecutable="true" camunda:historyTimeToLive="1">
			    <bpmn:startEvent id="Start" />
			    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Rewrite" />
			    <bpmn:serviceTask id="Rewrite" camunda:expression="${jdbcTemplate.update('update neutrality_case set status = status where 1 = 0')}" />
			    <bpmn:sequenceFlow id="F2" sourceRef="Rewrite" targetRef="End" />
			    <bpmn:endEvent id="End" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	private BackDoorModel() {
	}

	/** Posts the model as the administrator to a deployment endpoint. */
	static ResponseEntity<JsonNode> deploy(TestRestTemplate rest, String path, HttpHeaders headers) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("deployment-name", "back-door");
		form.add("deploy-changed-only", "false");
		form.add("data", new ByteArrayResource(XML.getBytes()) {
			@Override
			public String getFilename() {
				return "back-door.bpmn";
			}
		});
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return rest.withBasicAuth("admin", Api.DEMO_PASSWORD)
			.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);
	}

}
