package org.gide.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A browsable, accessible page of the REST API, rendered on the server from the OpenAPI document springdoc builds
 * ({@code /v3/api-docs}). Chosen over swagger-ui, whose page needs inline styles and scripts (against the strict
 * Content-Security-Policy) and does not pass axe-core; see docs/search.md.
 */
@Controller
class ApiDocsController {

	private final OpenApiWebMvcResource openApi;

	ApiDocsController(OpenApiWebMvcResource openApi) {
		this.openApi = openApi;
	}

	/** One operation of the API as the page lists it. */
	record OperationView(String id, String method, String path, String summary, String description,
			List<ParameterView> parameters, List<ResponseView> responses) {
	}

	record ParameterView(String name, String in, boolean required, String description, String type, String values,
			String example) {
	}

	record ResponseView(String status, String description, String schema) {
	}

	record SchemaView(String name, String description, List<PropertyView> properties) {
	}

	record PropertyView(String name, String type, String description) {
	}

	@GetMapping("/api/docs")
	String docs(HttpServletRequest request, Model model, Locale locale) throws Exception {
		OpenAPI document = Json.mapper().readValue(openApi.openapiJson(request, "/v3/api-docs", locale), OpenAPI.class);
		List<OperationView> operations = new ArrayList<>();
		if (document.getPaths() != null) {
			document.getPaths().forEach((path, item) -> {
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
					operations.add(operation(path, entry.getKey().name(), entry.getValue()));
				}
			});
		}
		List<SchemaView> schemas = new ArrayList<>();
		if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
			document.getComponents().getSchemas().forEach((name, schema) -> schemas.add(schema(name, schema)));
		}
		model.addAttribute("info", document.getInfo());
		model.addAttribute("operations", operations);
		model.addAttribute("schemas", schemas);
		return "directory/api-docs";
	}

	private static OperationView operation(String path, String method, Operation operation) {
		List<ParameterView> parameters = new ArrayList<>();
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				Schema<?> schema = parameter.getSchema();
				String type = type(schema);
				String values = null;
				if (schema != null) {
					List<?> allowed = schema.getEnum();
					if ((allowed == null || allowed.isEmpty()) && schema.getItems() != null) {
						allowed = schema.getItems().getEnum();
					}
					values = allowed == null || allowed.isEmpty() ? null
							: String.join(", ", allowed.stream().map(String::valueOf).toList());
				}
				parameters.add(new ParameterView(parameter.getName(), parameter.getIn(),
						Boolean.TRUE.equals(parameter.getRequired()), parameter.getDescription(), type, values,
						parameter.getExample() == null ? null : String.valueOf(parameter.getExample())));
			}
		}
		List<ResponseView> responses = new ArrayList<>();
		if (operation.getResponses() != null) {
			for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
				String schema = null;
				if (response.getValue().getContent() != null) {
					schema = response.getValue()
						.getContent()
						.values()
						.stream()
						.map(media -> type(media.getSchema()))
						.filter(java.util.Objects::nonNull)
						.findFirst()
						.orElse(null);
				}
				responses.add(new ResponseView(response.getKey(), response.getValue().getDescription(), schema));
			}
		}
		String id = (method + "-" + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
		return new OperationView(id, method, path, operation.getSummary(), operation.getDescription(), parameters,
				responses);
	}

	private static SchemaView schema(String name, Schema<?> schema) {
		List<PropertyView> properties = new ArrayList<>();
		if (schema.getProperties() != null) {
			schema.getProperties()
				.forEach((property, value) -> properties
					.add(new PropertyView(property, type(value), value.getDescription())));
		}
		return new SchemaView(name, schema.getDescription(), properties);
	}

	private static String type(Schema<?> schema) {
		if (schema == null) {
			return null;
		}
		if (schema.get$ref() != null) {
			return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
		}
		if (schema.getItems() != null) {
			return "[" + type(schema.getItems()) + "]";
		}
		if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			return "{string: " + type(values) + "}";
		}
		String type = schema.getType();
		if (type == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
			type = String.join("|", schema.getTypes());
		}
		return schema.getFormat() == null ? type : type + " (" + schema.getFormat() + ")";
	}

	/** Title, description and licence of the OpenAPI document. */
	@Configuration(proxyBeanMethods = false)
	static class Document {

		@Bean
		OpenAPI gideOpenApi() {
			return new OpenAPI().info(new Info().title("API de Gide")
				.version("1")
				.description("Données ouvertes de l’annuaire de l’économie sociale et solidaire : recherche, "
						+ "facettes, fiches et carte. Mêmes paramètres que les pages /annuaire et /carte. "
						+ "Données publiques sous " + OpenData.LICENCE + ".")
				.license(new License().name(OpenData.LICENCE).url(OpenData.LICENCE_URL)));
		}

	}

}
