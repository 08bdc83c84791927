package id.pantau.sanction;

/** How the decision letter reached the employee. */
enum DeliveryMethod {

	IN_PERSON, LAST_KNOWN_ADDRESS

}
