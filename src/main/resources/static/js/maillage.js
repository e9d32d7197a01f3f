// Behaviour shared by every page; loaded as a file because the Content-Security-Policy forbids inline scripts.
(function () {
  'use strict';

  // Send the CSRF token with every htmx request.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Destructive actions ask for confirmation: <form data-confirm="Supprimer ce membre ?">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  }, true);

  // Bring the error summary into view and focus so that screen readers announce it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('resume-erreurs');
    if (summary) {
      summary.focus();
    }
  });
})();
