package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.plenary.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A domain error that a page controller lets through (not allowed, not found) becomes an error page with
 * its status; the reason of the domain, written for people, is shown under the translated explanation.
 */
@ControllerAdvice(annotations = PageController.class)
class PageErrorAdvice {

    private final PageAdvice pages;

    PageErrorAdvice(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request) {
        HttpStatus status = Problems.statusOf(e);
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("page", pages.page(request, RequestContextUtils.getLocale(request)));
        view.addObject("status", status.value());
        view.addObject("detail", e.getMessage());
        return view;
    }
}
