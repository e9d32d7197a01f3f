package fr.maillage.workspace.web.api;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A member is named by exactly one of his id and his e-mail address: with both, they could name
 * two different people, and the API would have to guess which one was meant.
 */
@Component
class MemberRequestValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return MemberRequest.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        MemberRequest request = (MemberRequest) target;
        boolean byId = request.userId() != null;
        boolean byEmail = request.email() != null && !request.email().isBlank();
        if (byId == byEmail) {
            errors.rejectValue("userId", byId ? "api.members.user.both" : "api.members.user.required");
        }
    }
}
