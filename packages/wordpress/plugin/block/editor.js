/**
 * The block in the editor: a placeholder that says which feed it shows, and
 * the element's settings in the sidebar. The page itself is rendered by PHP
 * (includes/block.php), through the same function as the shortcode. Written
 * for the editor's globals (wp.blocks, wp.element, wp.components,
 * wp.blockEditor), so it needs no build step. The settings, their labels
 * (translated in PHP) and the languages come from includes/attributes.php,
 * through `repereFinderBlock`.
 */
( function ( wp, config ) {
	var el = wp.element.createElement;
	var components = wp.components;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;

	function control( setting, attributes, setAttributes ) {
		var value = attributes[ setting.key ];
		var set = function ( next ) {
			var change = {};
			change[ setting.key ] = next;
			setAttributes( change );
		};
		var common = { key: setting.key, label: setting.label, help: setting.help };
		if ( setting.type === 'bool' ) {
			return el( components.ToggleControl, Object.assign( common, { checked: !! value, onChange: set } ) );
		}
		if ( setting.type === 'lang' || setting.type === 'theme' ) {
			return el( components.SelectControl, Object.assign( common, { value: value || '', options: setting.options, onChange: set } ) );
		}
		if ( setting.type === 'exit' ) {
			// '' (no button), 'on' (the element's neutral address) or an address.
			var toggle = el( components.ToggleControl, Object.assign( common, { checked: !! value, onChange: function ( on ) { set( on ? 'on' : '' ); } } ) );
			if ( ! value ) {
				return toggle;
			}
			return el(
				wp.element.Fragment,
				{ key: setting.key },
				toggle,
				el( components.TextControl, {
					label: config.strings.exitAddress,
					help: config.strings.exitAddressHelp,
					type: 'url',
					value: value === 'on' ? '' : value,
					onChange: function ( next ) {
						set( next === '' ? 'on' : next );
					},
				} )
			);
		}
		if ( setting.type === 'int' ) {
			return el(
				components.TextControl,
				Object.assign( common, {
					type: 'number',
					min: 1,
					value: value || '',
					onChange: function ( next ) {
						set( next === '' ? undefined : Math.max( 1, parseInt( next, 10 ) || 1 ) );
					},
				} )
			);
		}
		return el( components.TextControl, Object.assign( common, { type: setting.type === 'url' ? 'url' : 'text', value: value || '', onChange: set } ) );
	}

	wp.blocks.registerBlockType( 'repere/finder', {
		edit: function ( props ) {
			var feed = props.attributes.feed || config.defaultFeed;
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: config.strings.settings, initialOpen: true },
						config.settings.map( function ( setting ) {
							return control( setting, props.attributes, props.setAttributes );
						} )
					)
				),
				el(
					components.Placeholder,
					{ icon: 'search', label: config.strings.title, instructions: feed ? config.strings.feed + ' ' + feed : config.strings.noFeed },
					null
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.repereFinderBlock );
