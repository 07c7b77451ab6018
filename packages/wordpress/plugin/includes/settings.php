<?php
/**
 * Settings > Repère: the default feed, for shortcodes and blocks that name
 * none. Settings API: options.php checks the nonce (settings_fields) and the
 * manage_options capability; the value is sanitized before it is stored.
 *
 * @package Repere
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the option, its section and its field.
 */
function repere_register_settings() {
	register_setting(
		'repere',
		'repere_default_feed',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'repere_sanitize_default_feed',
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'repere_feed', __( 'Feed', 'repere' ), '__return_false', 'repere' );
	add_settings_field(
		'repere_default_feed',
		__( 'Default feed URL', 'repere' ),
		'repere_default_feed_field',
		'repere',
		'repere_feed',
		array( 'label_for' => 'repere_default_feed' )
	);
}
add_action( 'admin_init', 'repere_register_settings' );

/**
 * Keeps an http(s) address or a path on this site; anything else is
 * refused with a message, and the stored value is left as it was.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function repere_sanitize_default_feed( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$clean = repere_clean_url( $value );
	if ( '' === $clean ) {
		add_settings_error(
			'repere_default_feed',
			'repere-invalid-feed',
			__( 'The feed URL must start with http:// or https:// (or be a path on this site, starting with /). The previous feed is kept.', 'repere' )
		);
		return (string) get_option( 'repere_default_feed', '' );
	}
	return $clean;
}

/**
 * The field.
 */
function repere_default_feed_field() {
	printf(
		'<input type="url" class="regular-text code" id="repere_default_feed" name="repere_default_feed" value="%1$s" placeholder="https://example.org/ressources.json" aria-describedby="repere_default_feed-description" />',
		esc_attr( get_option( 'repere_default_feed', '' ) )
	);
	printf(
		'<p class="description" id="repere_default_feed-description">%s</p>',
		esc_html__( 'Used by every finder that gives no feed of its own. The feed must allow requests from this site (CORS) if it is on another one.', 'repere' )
	);
}

/**
 * Adds Settings > Repère, for administrators only.
 */
function repere_add_settings_page() {
	add_options_page(
		__( 'Repère: resource finder', 'repere' ),
		'Repère',
		'manage_options',
		'repere',
		'repere_settings_page'
	);
}
add_action( 'admin_menu', 'repere_add_settings_page' );

/**
 * The page (WordPress shows the saved or refused message above it).
 */
function repere_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'repere' ), 403 );
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'repere' );
			do_settings_sections( 'repere' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Putting a finder on a page', 'repere' ); ?></h2>
		<p><?php esc_html_e( 'Add the “Resource finder (Repère)” block, or this shortcode:', 'repere' ); ?></p>
		<p><code>[repere_finder lang="fr" region="kamouraska"]</code></p>
	</div>
	<?php
}

/**
 * A "Settings" link beside "Deactivate" in the plugin list.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function repere_settings_link( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=repere' ) ) . '">' . esc_html__( 'Settings', 'repere' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( REPERE_PLUGIN_FILE ), 'repere_settings_link' );
