package vn.nhacviec.web;

import io.micronaut.core.annotation.Nullable;

/** The password form's data: its own CSRF token (there is no session yet), the error to show, where to go next. */
public record SignInForm(String csrfToken, @Nullable String error, String next) {
}
