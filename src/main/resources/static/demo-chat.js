// The demo's chat simulator: keep the newest message in view, reply to a message, clear the box after sending.
(function () {
  function bottom() {
    var log = document.getElementById('chat-log');
    if (log) { log.scrollTop = log.scrollHeight; }
  }
  function clearReply() {
    var to = document.getElementById('reply-to');
    var banner = document.getElementById('reply-banner');
    if (to) { to.value = ''; }
    if (banner) { banner.hidden = true; }
  }
  document.addEventListener('DOMContentLoaded', bottom);
  document.addEventListener('htmx:afterSettle', bottom);
  document.addEventListener('click', function (event) {
    var reply = event.target.closest('button[data-reply]');
    if (reply) {
      document.getElementById('reply-to').value = reply.getAttribute('data-reply');
      document.getElementById('reply-quote').textContent = reply.getAttribute('data-quote');
      document.getElementById('reply-banner').hidden = false;
      document.getElementById('chat-text').focus();
    } else if (event.target.id === 'reply-cancel') {
      clearReply();
    }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt;
    if (form && form.id === 'chat-form' && event.detail.successful) {
      form.reset();
      clearReply();
      document.getElementById('chat-text').focus();
    }
  });
})();
