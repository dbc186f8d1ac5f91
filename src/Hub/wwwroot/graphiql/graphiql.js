// Starts GraphiQL 3 (UMD build, with React 18 UMD) on the Hub's GraphQL IDE page.
// Kept out of index.html so that a Content-Security-Policy of script-src 'self' works.
(function () {
  'use strict';

  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint') || '/graphql';

  if (typeof window.React === 'undefined' || typeof window.ReactDOM === 'undefined' ||
      typeof window.GraphiQL === 'undefined') {
    container.innerHTML = '';
    var failed = document.createElement('p');
    failed.className = 'hub-graphiql-failed';
    failed.textContent = 'The GraphQL IDE could not load its scripts from /lib/. ' +
      'They are copied there by the Hub build (npm ci); rebuild the Hub. ' +
      'The API itself is at ' + endpoint + '.';
    container.appendChild(failed);
    return;
  }

  var defaultQuery = [
    '# The Hub\'s GraphQL API. Ctrl-Space: complete, Ctrl-Enter: run.',
    '# Schema documentation: the book icon at the top left.',
    '# To call as a signed-in user, put a token in Headers below:',
    '#   {"Authorization": "Bearer <token>"}',
    '',
    '{',
    '  organisations(first: 5) {',
    '    nodes {',
    '      code',
    '      name',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  // A plain same-origin POST as the GraphQL-over-HTTP spec describes. Headers typed into the
  // headers editor (opts.headers) are added last, so a user can override any of them.
  function fetcher(graphQLParams, opts) {
    var headers = {
      'Accept': 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json'
    };
    var extra = (opts && opts.headers) || {};
    Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });

    return fetch(endpoint, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(graphQLParams),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (text) {
        try {
          return JSON.parse(text);
        } catch (e) {
          // Not a GraphQL response (proxy error page, 401 without body, ...): show what came back.
          return {
            errors: [{
              message: 'HTTP ' + response.status + ' ' + response.statusText +
                (text ? ': ' + text.slice(0, 2000) : ' (empty body)')
            }]
          };
        }
      });
    });
  }

  // GraphiQL's CodeMirror editors read input through hidden textareas that carry no label;
  // name them for screen readers (and axe's "label" rule) whenever GraphiQL (re)creates them.
  function labelEditors() {
    function label(root, text) {
      if (!root) return;
      root.querySelectorAll('.CodeMirror textarea:not([aria-label])').forEach(function (textarea) {
        textarea.setAttribute('aria-label', text);
      });
    }
    label(container.querySelector('.graphiql-query-editor'), 'GraphQL query');
    label(container.querySelector('.graphiql-response'), 'Response');
    var tool = container.querySelector('.graphiql-editor-tool');
    if (tool) {
      var editors = tool.querySelectorAll(':scope > .graphiql-editor'); // variables, then headers
      label(editors[0], 'Variables (JSON)');
      label(editors[1], 'Request headers (JSON)');
    }
  }
  new MutationObserver(labelEditors).observe(container, { childList: true, subtree: true });

  var root = ReactDOM.createRoot(container);
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    isHeadersEditorEnabled: true,
    // Tokens typed into the headers editor are not written to localStorage.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers'
  }));
})();
