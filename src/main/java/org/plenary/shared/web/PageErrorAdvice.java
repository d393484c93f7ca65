package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.plenary.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A domain error that a page controller lets through (not allowed, not found) becomes an error page with
 * its status; the reason of the domain, written for people, is shown under the translated explanation (in
 * the reader's language when the refusal has a key, in English otherwise).
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrorAdvice {

    private final PageAdvice pages;

    PageErrorAdvice(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request) {
        return page(Problems.statusOf(e), RefusalText.of(e, request), request);
    }

    /** A path that names what does not exist (a process resolved at the edge) is refused as the domain says. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return refused(refusal, request);
            }
        }
        return page(HttpStatus.BAD_REQUEST, null, request);
    }

    /** An upload over the size limit is 413 (Tomcat may report it inside a generic failure); others are malformed. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView upload(MultipartException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxUploadSizeExceededException || cause instanceof SizeException) {
                return page(HttpStatus.CONTENT_TOO_LARGE, null, request);
            }
        }
        return page(HttpStatus.BAD_REQUEST, null, request);
    }

    private ModelAndView page(HttpStatus status, RefusalText detail, HttpServletRequest request) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("page", pages.page(request, RequestContextUtils.getLocale(request)));
        view.addObject("status", status.value());
        view.addObject("detail", detail == null ? null : detail.text());
        view.addObject("detailLanguage", detail == null ? null : detail.language());
        return view;
    }
}
