// Swagger UI on Entente's own OpenAPI document; kept in a file so the page needs no inline script.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
