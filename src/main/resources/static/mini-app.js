// Telegram opens the Mini App with its signed initData in the URL fragment (#tgWebAppData=...): post it to
// the server, which checks the signature before opening a session. No script from telegram.org is needed.
(function () {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const data = params.get('tgWebAppData');
  const status = document.getElementById('mini-app-status');
  if (!data) {
    status.textContent = 'Hãy mở trang này từ nút “Nhắc việc” trong khung chat với bot trên Telegram, hoặc gửi /web cho bot để nhận liên kết đăng nhập.';
    return;
  }
  document.getElementById('init-data').value = data;
  document.getElementById('mini-app-form').submit();
})();
