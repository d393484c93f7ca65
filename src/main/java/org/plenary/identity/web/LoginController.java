package org.plenary.identity.web;

import org.plenary.shared.Actor;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
            Model model) {
        if (Actor.current().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "login";
    }
}
