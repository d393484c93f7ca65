package org.plenary.desk.web;

import java.time.Clock;
import org.plenary.desk.Desk;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk: the page a signed-in delegate or officer lands on. Opening it marks the letters shown as seen. */
@PageController
class DeskPageController {

    private final Desk desk;
    private final Clock clock;

    DeskPageController(Desk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GetMapping("/desk")
    String desk(Model model) {
        model.addAttribute("desk", DeskView.of(desk.pending(), clock.instant()));
        desk.visited();
        return "desk/desk";
    }
}
