package org.grassroots.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import org.grassroots.identity.EmailAlreadyRegisteredException;
import org.grassroots.identity.IdentityApi;
import org.grassroots.identity.NewUser;
import org.grassroots.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Shopper self-registration. A successful registration signs the new shopper in. */
@Controller
class RegistrationController {

    private final IdentityApi identity;
    private final UserDetailsService userDetails;
    private final SecurityContextRepository securityContextRepository;

    RegistrationController(
            IdentityApi identity, UserDetailsService userDetails, SecurityContextRepository securityContextRepository) {
        this.identity = identity;
        this.userDetails = userDetails;
        this.securityContextRepository = securityContextRepository;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        return "identity/register";
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("email") && identity.isRegistered(form.email())) {
            errors.rejectValue("email", "registration.email.taken");
        }
        if (errors.hasErrors()) {
            return "identity/register";
        }
        try {
            identity.register(new NewUser(form.email(), form.displayName(), form.password(), Set.of(Role.SHOPPER)));
        } catch (EmailAlreadyRegisteredException raceWithAnotherRequest) {
            errors.rejectValue("email", "registration.email.taken");
            return "identity/register";
        }
        signIn(form.email(), request, response);
        redirect.addFlashAttribute("notice", "registration.welcome");
        return "redirect:/";
    }

    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        securityContextRepository.saveContext(context, request, response);
    }
}
